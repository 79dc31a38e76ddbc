namespace CareerExplorer.Web.Data.Configurations;

public class SearchWordConfiguration : IEntityTypeConfiguration<SearchWord>
{
    public void Configure(EntityTypeBuilder<SearchWord> b)
    {
        b.HasKey(w => w.Word);
        b.Property(w => w.Word).HasMaxLength(SearchTerms.MaxVocabularyWord);
    }
}
