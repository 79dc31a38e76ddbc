using AngleSharp.Html.Dom;

namespace CareerExplorer.Tests.Infrastructure;

/// <summary>Submits a real HTML form the way a browser would: every field it holds (the
/// antiforgery token included), with some values changed.</summary>
public static class Forms
{
    public static Task<HttpResponseMessage> SubmitAsync(this HttpClient client, IHtmlFormElement form, IReadOnlyDictionary<string, string?>? values = null, IHtmlElement? submitter = null) =>
        client.PostAsync(Action(form), new FormUrlEncodedContent(Fields(form, values)));

    /// <summary>
    /// Submits the form to the same path on the client's own server (its BaseAddress), not the one
    /// the page came from: a form one instance of the app made, posted to another.
    /// </summary>
    public static Task<HttpResponseMessage> SubmitToOwnServerAsync(this HttpClient client, IHtmlFormElement form, IReadOnlyDictionary<string, string?>? values = null) =>
        client.PostAsync(new Uri(client.BaseAddress!, Action(form).PathAndQuery), new FormUrlEncodedContent(Fields(form, values)));

    private static Uri Action(IHtmlFormElement form)
    {
        var action = form.GetAttribute("action") is { Length: > 0 } a ? a : form.Owner!.Url;
        return new Uri(new Uri(form.Owner!.Url), action);
    }

    private static List<KeyValuePair<string, string>> Fields(IHtmlFormElement form, IReadOnlyDictionary<string, string?>? values)
    {
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            var name = element.GetAttribute("name");
            if (string.IsNullOrEmpty(name) || element.HasAttribute("disabled"))
                continue;
            switch (element)
            {
                case IHtmlInputElement { Type: "checkbox" or "radio" } box when !box.IsChecked:
                case IHtmlInputElement { Type: "submit" or "button" or "file" }:
                    continue;
                case IHtmlInputElement input:
                    fields.Add(new(name, input.Value));
                    break;
                case IHtmlSelectElement select:
                    fields.Add(new(name, select.Value ?? ""));
                    break;
                case IHtmlTextAreaElement area:
                    fields.Add(new(name, area.Value));
                    break;
            }
        }
        foreach (var (name, value) in values ?? new Dictionary<string, string?>())
        {
            fields.RemoveAll(f => f.Key == name);
            if (value is not null)
                fields.Add(new(name, value));
        }
        return fields;
    }

    /// <summary>Posts a multipart form with one file, plus the form's other fields (the antiforgery token).</summary>
    public static async Task<HttpResponseMessage> UploadAsync(this HttpClient client, IHtmlFormElement form, string fileField, string fileName, byte[] content,
        IReadOnlyDictionary<string, string>? fields = null)
    {
        var multipart = new MultipartFormDataContent();
        foreach (var input in form.QuerySelectorAll("input[type='hidden']").OfType<IHtmlInputElement>())
            multipart.Add(new StringContent(input.Value), input.Name!);
        foreach (var (name, value) in fields ?? new Dictionary<string, string>())
        {
            // Only fields the form really has, so a renamed field fails the test rather than being posted blind.
            Assert.NotNull(form.QuerySelector($"[name='{name}']"));
            multipart.Add(new StringContent(value), name);
        }
        multipart.Add(new ByteArrayContent(content), fileField, fileName);
        return await client.PostAsync(new Uri(new Uri(form.Owner!.Url), form.GetAttribute("action")), multipart);
    }

    /// <summary>Uploads a file through the form of /Admin/Import, as an admin does: its preview, or its refusal.</summary>
    public static async Task<HttpResponseMessage> UploadToImportAsync(this HttpClient client, string fileName, byte[] content)
    {
        var form = (await client.GetDocumentAsync("/Admin/Import")).Form("main form[enctype='multipart/form-data']");
        return await client.UploadAsync(form, "file", fileName, content);
    }

    public static IHtmlFormElement Form(this IHtmlDocument doc, string selector = "main form[method='post']") =>
        (IHtmlFormElement)(doc.QuerySelector(selector) ?? throw new InvalidOperationException($"No form matches {selector}"));
}
