using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace CareerExplorer.Web.Pages.Admin;

/// <summary>
/// One form field as every admin form shows it: the label, the hint (the property's [Display]
/// Description), the control and the message next to it. The control follows the property: a
/// select when <see cref="Choices"/> has options for it (with its [Display] Prompt as the empty
/// choice of an optional one), a checkbox for a bool, a text area for [DataType(MultilineText)],
/// a number or decimal box, else a text box.
/// <code>&lt;admin-field name="Form.Title" choices="Model.Choices" /&gt;</code>
/// The field is named by text (not asp-for) because the edit page renders fields of a form type it
/// learns at run time.
/// </summary>
[HtmlTargetElement("admin-field", Attributes = "name", TagStructure = TagStructure.WithoutEndTag)]
public sealed class AdminFieldTagHelper(IHtmlGenerator generator, ModelExpressionProvider expressions) : TagHelper
{
    [HtmlAttributeName("name")] public string Name { get; set; } = "";
    [HtmlAttributeName("choices")] public AdminChoices? Choices { get; set; }
    [HtmlAttributeNotBound, ViewContext] public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var field = expressions.CreateModelExpression(new ViewDataDictionary<object>(ViewContext.ViewData), Name);
        var explorer = field.ModelExplorer;
        var metadata = explorer.Metadata;
        var name = field.Name;
        var id = TagBuilder.CreateSanitizedId(name, "_");
        var type = Nullable.GetUnderlyingType(metadata.ModelType) ?? metadata.ModelType;
        var hintId = metadata.Description is null ? null : id + "-hint";
        var describedBy = hintId is null ? null : new Dictionary<string, object?> { ["aria-describedby"] = hintId };

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", type == typeof(bool) ? "field checkbox" : "field");

        var label = generator.GenerateLabel(ViewContext, explorer, name, labelText: null, htmlAttributes: null);
        var hint = hintId is null ? null : new TagBuilder("span") { Attributes = { ["class"] = "hint", ["id"] = hintId } };
        hint?.InnerHtml.Append(metadata.Description!);
        var message = generator.GenerateValidationMessage(ViewContext, explorer, name, message: null, tag: "span", htmlAttributes: new { @class = "field-error" });

        if (type == typeof(bool))
        {
            output.Content.AppendHtml(generator.GenerateCheckBox(ViewContext, explorer, name, isChecked: null, htmlAttributes: describedBy));
            output.Content.AppendHtml(generator.GenerateHiddenForCheckbox(ViewContext, explorer, name));
            output.Content.AppendHtml(label);
            if (hint is not null)
                output.Content.AppendHtml(hint);
            output.Content.AppendHtml(message);
            return;
        }

        output.Content.AppendHtml(label);
        if (hint is not null)
            output.Content.AppendHtml(hint);
        output.Content.AppendHtml(Control(explorer, name, type, describedBy));
        output.Content.AppendHtml(message);
    }

    private TagBuilder Control(ModelExplorer explorer, string name, Type type, Dictionary<string, object?>? attributes)
    {
        var metadata = explorer.Metadata;
        var current = explorer.Model switch
        {
            null => "",
            IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
            var v => v.ToString() ?? "",
        };
        if (Choices?.TryGetValue(metadata.PropertyName!, out var options) == true)
        {
            var optional = Nullable.GetUnderlyingType(metadata.ModelType) is not null || !metadata.ModelType.IsValueType;
            var items = options.Select(o => new SelectListItem(o.Label, o.Value, o.Value == current));
            return generator.GenerateSelect(ViewContext, explorer, optional ? metadata.Placeholder ?? "" : null, name, items, allowMultiple: false, htmlAttributes: attributes);
        }
        if (metadata.DataTypeName == nameof(DataType.MultilineText))
            return generator.GenerateTextArea(ViewContext, explorer, name, rows: 0, columns: 0, htmlAttributes: attributes);

        var box = new Dictionary<string, object?>(attributes ?? []);
        if (type == typeof(int))
            (box["type"], box["inputmode"]) = ("number", "numeric");
        else if (type == typeof(decimal))
            box["inputmode"] = "decimal";
        return generator.GenerateTextBox(ViewContext, explorer, name, explorer.Model, format: null, htmlAttributes: box);
    }
}
