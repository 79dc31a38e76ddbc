namespace CareerExplorer.Web.Rules;

/// <summary>
/// Characters no stored text may hold: control characters (a title with one breaks the chart's
/// SVG and any CSV), and invisible ones that make two equal-looking names differ or reorder text
/// (zero-width spaces, bidirectional overrides, the byte-order mark). Multi-line fields may hold
/// line breaks and tabs.
/// </summary>
public static class TextRules
{
    /// <summary>Null when the text is fine, else what is wrong with it, for a message after the field's label.</summary>
    public static string? CharacterProblem(string? text, bool multiLine = false)
    {
        if (text is null)
            return null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (multiLine && c is '\n' or '\r' or '\t')
                continue;
            if (char.IsControl(c))
                return $"holds a control character (U+{(int)c:X4}) at position {i + 1}; remove it.";
            if (IsInvisible(c))
                return $"holds an invisible character (U+{(int)c:X4}) at position {i + 1}; remove it.";
            if (char.IsSurrogate(c) && !(char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) && !(char.IsLowSurrogate(c) && i > 0 && char.IsHighSurrogate(text[i - 1])))
                return $"holds a broken character (U+{(int)c:X4}) at position {i + 1}; remove it.";
        }
        return null;
    }

    /// <summary>Length and characters of a text field (see <see cref="TextRules"/>); the caller checks whether it is required.</summary>
    public static void Check(string? value, int maxLength, string field, string label, List<RuleViolation> errors, bool multiLine = false)
    {
        if (value is null)
            return;
        if (value.Length > maxLength)
            errors.Add(new(field, $"{label} must be at most {maxLength:#,0} characters; it has {value.Length:#,0}."));
        else if (CharacterProblem(value, multiLine) is { } problem)
            errors.Add(new(field, $"{label} {problem}"));
    }

    /// <summary>Format characters that draw nothing: zero-width spaces and joiners, direction marks and overrides, the BOM, soft hyphen.</summary>
    public static bool IsInvisible(char c) =>
        c is '\u00AD' or '\u061C' or '\u180E' or '\uFEFF' or (>= '\u200B' and <= '\u200F') or (>= '\u202A' and <= '\u202E')
            or (>= '\u2060' and <= '\u2064') or (>= '\u2066' and <= '\u206F') or (>= '\uFFF9' and <= '\uFFFB');

    /// <summary>
    /// Text safe inside XML (an SVG image): characters XML 1.0 forbids even as references are
    /// dropped. For values stored before the rules above, shown without breaking the document.
    /// </summary>
    public static string ForXml(string text)
    {
        var ok = true;
        foreach (var c in text)
            ok &= !IsXmlForbidden(c);
        if (ok)
            return text;
        var kept = new System.Text.StringBuilder(text.Length);
        foreach (var c in text)
            if (!IsXmlForbidden(c))
                kept.Append(c);
        return kept.ToString();
    }

    private static bool IsXmlForbidden(char c) => c < ' ' && c is not ('\t' or '\n' or '\r') || c is '\uFFFE' or '\uFFFF';
}
