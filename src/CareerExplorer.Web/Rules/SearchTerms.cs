namespace CareerExplorer.Web.Rules;

/// <summary>
/// How a search reads words, declared once for the index and everything that shows its matches:
/// words are runs of letters and digits, compared without case or accents, each searched as a
/// prefix ("statis" finds Statisticians). The index (<see cref="Data.RoleSearchIndex"/>) is an
/// SQLite FTS5 table whose unicode61 tokenizer splits and folds text the same way, so the words
/// highlighted in a result are the ones that made it match. A word of one or two letters ("ai",
/// "r") is searched as a whole word only: as a prefix it would find Air Traffic Controllers.
/// </summary>
public static class SearchTerms
{
    /// <summary>At most this many words of a query are searched for (a pasted paragraph is not an error).</summary>
    public const int MaxWords = 8;

    /// <summary>Words this long and longer are searched as prefixes too; shorter ones as whole words only.</summary>
    public const int PrefixFrom = 3;

    /// <summary>Whether <paramref name="word"/> (folded) is searched as a prefix, not only as a whole word.</summary>
    public static bool IsPrefix(string word) => word.Length >= PrefixFrom;

    /// <summary>Whether the folded word <paramref name="found"/> of a text is matched by the search word <paramref name="word"/>: the same word, or its start when that is searched as a prefix.</summary>
    public static bool Matches(string found, string word) =>
        IsPrefix(word) ? found.StartsWith(word, StringComparison.Ordinal) : found == word;

    /// <summary>The words of a query, folded, in order, without repeats; empty when it has none (only punctuation, say).</summary>
    public static IReadOnlyList<string> Words(string? query)
    {
        var words = new List<string>();
        foreach (var (start, length) in Spans(query ?? ""))
        {
            var word = Fold(query!.AsSpan(start, length));
            if (!words.Contains(word))
                words.Add(word);
            if (words.Count == MaxWords)
                break;
        }
        return words;
    }

    /// <summary>
    /// The FTS5 query for the words: each quoted (so nothing the visitor types is FTS syntax) and
    /// a prefix (see <see cref="IsPrefix"/>), all required. <paramref name="columns"/> limits it
    /// to some columns; <paramref name="firstWordStarts"/> asks for the first word at the start of
    /// one; <paramref name="wholeWords"/> for every word as a whole word.
    /// </summary>
    public static string Match(IReadOnlyList<string> words, string? columns = null, bool firstWordStarts = false, bool wholeWords = false)
    {
        // ^ ties the first word to the start of the column: "data" then ranks Data Scientist above Big Data Engineer.
        var terms = string.Join(' ', words.Select((w, i) => (firstWordStarts && i == 0 ? "^" : "") + "\"" + w.Replace("\"", "\"\"") + "\"" + (IsPrefix(w) && !wholeWords ? "*" : "")));
        return columns is null ? terms : "{" + columns + "} : (" + terms + ")";
    }

    /// <summary>
    /// The same query for PostgreSQL's full-text search: each word a quoted prefix (see
    /// <see cref="IsPrefix"/>), all required; <paramref name="weights"/> (A title, B other names,
    /// C skills, D text) limits it to some columns, as the index weighs them (see
    /// Data.PostgreSqlSearch); <paramref name="wholeWords"/> asks for every word as a whole word.
    /// </summary>
    public static string TsQuery(IReadOnlyList<string> words, string weights = "", bool wholeWords = false) =>
        string.Join(" & ", words.Select(w =>
        {
            var label = (IsPrefix(w) && !wholeWords ? "*" : "") + weights;
            return "'" + w.Replace("'", "''").Replace("\\", "\\\\") + "'" + (label.Length > 0 ? ":" + label : "");
        }));

    /// <summary>Whether every word matches a word of <paramref name="text"/> (the index's own rule, for picking which title or task to show).</summary>
    public static bool MatchesAll(string text, IReadOnlyList<string> words)
    {
        var found = new bool[words.Count];
        foreach (var (start, length) in Spans(text))
        {
            var word = Fold(text.AsSpan(start, length));
            for (var i = 0; i < words.Count; i++)
                found[i] |= Matches(word, words[i]);
        }
        return found.All(f => f);
    }

    /// <summary>The text cut in pieces, each marked when it is the start of a word that a search word begins (what a result highlights).</summary>
    public static IReadOnlyList<TextPiece> Highlight(string text, IReadOnlyList<string> words)
    {
        var pieces = new List<TextPiece>();
        var at = 0;
        foreach (var (start, length) in Spans(text))
        {
            var word = Fold(text.AsSpan(start, length));
            var longest = words.Where(w => Matches(word, w)).Select(w => w.Length).DefaultIfEmpty(0).Max();
            if (longest == 0)
                continue;
            var marked = longest; // folding keeps the length: the prefix is as long in the original

            if (start > at)
                pieces.Add(new(text[at..start], false));
            pieces.Add(new(text.Substring(start, marked), true));
            at = start + marked;
        }
        if (at < text.Length)
            pieces.Add(new(text[at..], false));
        return pieces;
    }

    /// <summary>
    /// A window of about <paramref name="maxLength"/> characters of a long text around its first
    /// matching word, with "…" where it was cut: a task or description shown as the reason.
    /// </summary>
    public static string Excerpt(string text, IReadOnlyList<string> words, int maxLength = 160)
    {
        if (text.Length <= maxLength)
            return text;
        var first = Spans(text).FirstOrDefault(s => words.Any(w => Matches(Fold(text.AsSpan(s.Start, s.Length)), w)));
        var from = Math.Max(0, first.Start - maxLength / 3);
        while (from > 0 && !char.IsWhiteSpace(text[from - 1]))
            from--;
        var to = Math.Min(text.Length, from + maxLength);
        while (to < text.Length && !char.IsWhiteSpace(text[to]))
            to++;
        return (from > 0 ? "…" : "") + text[from..to].Trim() + (to < text.Length ? "…" : "");
    }

    /// <summary>Every word of <paramref name="text"/>, folded, in order (repeats too): what the index holds of it.</summary>
    public static IEnumerable<string> Tokens(string text)
    {
        foreach (var (start, length) in Spans(text))
            yield return Fold(text.AsSpan(start, length));
    }

    /// <summary>The longest word the misspelling vocabulary keeps (longer runs are codes or part numbers, not words to suggest).</summary>
    public const int MaxVocabularyWord = 40;

    /// <summary>Whether a folded word of a title, other name or skill is one a misspelled search can be corrected to: a word of letters, long enough to be searched as a prefix.</summary>
    public static bool IsVocabularyWord(string word) =>
        word.Length >= PrefixFrom && word.Length <= MaxVocabularyWord && word.All(char.IsLetter);

    /// <summary>How many typing slips a correction of <paramref name="word"/> may undo: one in a word of up to five letters, two in a longer one.</summary>
    public static int MaxSlips(string word) => word.Length <= 5 ? 1 : 2;

    /// <summary>
    /// The optimal string alignment distance: letters inserted, deleted, changed or two side by side
    /// swapped ("pyhton" is one from "python"); stops counting past <paramref name="limit"/>
    /// (returning limit + 1), as only near words are wanted.
    /// </summary>
    public static int Distance(string a, string b, int limit)
    {
        if (Math.Abs(a.Length - b.Length) > limit)
            return limit + 1;
        var before = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
            previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowBest = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var d = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    d = Math.Min(d, before[j - 2] + 1);
                current[j] = d;
                rowBest = Math.Min(rowBest, d);
            }
            if (rowBest > limit)
                return limit + 1;
            (before, previous, current) = (previous, current, before);
        }
        return Math.Min(previous[b.Length], limit + 1);
    }

    /// <summary>
    /// Lower case without accents, as unicode61 with remove_diacritics 2 folds a word. The app
    /// runs with invariant globalization (no Unicode normalisation), so the accented Latin
    /// letters are folded by the table below: é to e, ß stays ß (as FTS5 leaves it).
    /// </summary>
    public static string Fold(ReadOnlySpan<char> word)
    {
        Span<char> folded = word.Length <= 256 ? stackalloc char[word.Length] : new char[word.Length];
        for (var i = 0; i < word.Length; i++)
        {
            var c = char.ToLowerInvariant(word[i]);
            var at = c is >= '\u00C0' and <= '\u017F' ? Accented.IndexOf(c) : -1;
            folded[i] = at >= 0 ? Unaccented[at] : c;
        }
        return new string(folded);
    }

    private const string Accented = "ÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖÙÚÛÜÝàáâãäåçèéêëìíîïñòóôõöùúûüýÿĀāĂăĄąĆćĈĉĊċČčĎďĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĨĩĪīĬĭĮįİĴĵĶķĹĺĻļĽľŃńŅņŇňŌōŎŏŐőŔŕŖŗŘřŚśŜŝŞşŠšŢţŤťŨũŪūŬŭŮůŰűŲųŴŵŶŷŸŹźŻżŽž";
    private const string Unaccented = "aaaaaaceeeeiiiinooooouuuuyaaaaaaceeeeiiiinooooouuuuyyaaaaaaccccccccddeeeeeeeeeegggggggghhiiiiiiiiijjkkllllllnnnnnnoooooorrrrrrssssssssttttuuuuuuuuuuuuwwyyyzzzzzz";

    /// <summary>Where the words are: runs of letters, digits and combining marks.</summary>
    private static IEnumerable<(int Start, int Length)> Spans(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && (char.IsLetterOrDigit(text[i]) || char.GetUnicodeCategory(text[i]) == UnicodeCategory.NonSpacingMark);
            if (inWord && start < 0)
                start = i;
            else if (!inWord && start >= 0)
            {
                yield return (start, i - start);
                start = -1;
            }
        }
    }
}

/// <summary>A piece of text, marked when it is a matched word.</summary>
public sealed record TextPiece(string Text, bool Marked);
