using System.Text;

namespace CareerExplorer.Web.Services.Importing;

/// <summary>Text files as every importer reads them.</summary>
public static class ImportText
{
    /// <summary>Strict UTF-8 text, or a problem naming the first bad byte.</summary>
    public static string? Decode(string file, byte[] content, List<SeedError> problems)
    {
        try
        {
            var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(content);
            if (text.Contains('\0'))
            {
                problems.Add(new SeedError(file, "The file is binary, not text."));
                return null;
            }
            return text.StartsWith('\uFEFF') ? text[1..] : text;
        }
        catch (DecoderFallbackException ex)
        {
            problems.Add(new SeedError(file, $"The file is not UTF-8 text (invalid byte at position {ex.Index}). Save it as UTF-8 and try again."));
            return null;
        }
    }

    /// <summary>The text, or null when the file is not UTF-8 text (a reader that only looks, to claim a file).</summary>
    public static string? TryDecode(byte[] content) => Decode("", content, []);
}
