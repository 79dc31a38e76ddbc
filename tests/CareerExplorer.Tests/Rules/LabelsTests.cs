using System.ComponentModel.DataAnnotations;
using System.Reflection;

namespace CareerExplorer.Tests.Rules;

public class LabelsTests
{
    /// <summary>The vocabularies shown on pages: each member declares what it reads as.</summary>
    public static TheoryData<Type> Shown => new()
    {
        typeof(SalaryStatistic), typeof(PayComponent), typeof(PayBasis), typeof(OutlookKind),
        typeof(SkillKind), typeof(SourceKind), typeof(EducationLevel), typeof(CareerStepKind),
    };

    [Theory]
    [MemberData(nameof(Shown))]
    public void EveryMember_OfAShownVocabulary_DeclaresItsLabel(Type vocabulary) =>
        Assert.All(vocabulary.GetFields(BindingFlags.Public | BindingFlags.Static),
            f => Assert.NotNull(f.GetCustomAttribute<DisplayAttribute>()?.Name));

    [Fact]
    public void Of_ReadsTheDeclaredLabel_ElseTheName()
    {
        Assert.Equal("Average (mean)", Labels.Of(SalaryStatistic.Mean));
        Assert.Equal("Bachelor's degree", Labels.Of(EducationLevel.Bachelor));
        Assert.Equal("", Labels.Of(PayComponent.Unspecified));
        Assert.Equal("Way in", Labels.Of(CareerStepKind.Entry));
        Assert.Equal("Metro", Labels.Of(GeographyKind.Metro)); // no label declared
    }

    [Fact]
    public void Choices_AreEveryValueInOrderWithItsLabel()
    {
        Assert.Equal([(PayBasis.Annual, "Annual"), (PayBasis.Hourly, "Hourly")], Labels.Choices<PayBasis>());
        Assert.Equal(Enum.GetValues<SkillKind>(), Labels.Choices<SkillKind>().Select(c => c.Value));
        Assert.Equal("Tools and technologies", Labels.Choices<SkillKind>().Single(c => c.Value == SkillKind.Tool).Label);
    }
}
