namespace CareerExplorer.Web.Services;

/// <summary>A role the search found: how well, best first (tier 0 a title that starts with the words as whole words, 1 as prefixes, 2 a title that holds them as whole words, 3 as prefixes, 4 other names, 5 skills and technologies, 6 tasks and descriptions; then bm25, lower is better).</summary>
public sealed class SearchHit
{
    public int RoleId { get; set; }
    public int Tier { get; set; }
    public double Score { get; set; }
}

/// <summary>Why a role is in the results: its title with the matched words marked, and, when the title alone does not explain it, what matched ("also called …").</summary>
public sealed record SearchMatch(IReadOnlyList<TextPiece> Title, string? ReasonLabel, IReadOnlyList<TextPiece> Reason);

/// <summary>
/// What a search that found nothing offers instead: the words corrected when some are misspellings
/// of known ones (<see cref="DidYouMean"/>), how many roles match without the filters, and, when
/// no role has all the words, how many have each alone.
/// </summary>
public sealed record SearchHelp(string Searched, SearchCorrection? DidYouMean, int WithoutFilters, IReadOnlyList<WordMatches> EachWord);

/// <summary>"Did you mean machine learning?": the corrected query, its text in pieces (the corrected words marked) and how many roles it finds.</summary>
public sealed record SearchCorrection(string Query, IReadOnlyList<TextPiece> Words, int Roles);

/// <summary>A word of a search and how many roles it finds alone.</summary>
public sealed record WordMatches(string Word, int Roles);

/// <summary>A suggestion while typing: a role, and the other name it was found by when not its title.</summary>
public sealed record SearchSuggestion(string Slug, string Title, string? AlsoCalled);

/// <summary>
/// Reads the full-text index (<see cref="RoleSearchIndex"/>): the roles matching every word as a
/// prefix, ranked by where the words are, then bm25 with the same order of columns.
/// </summary>
public static class RoleSearch
{
    private static readonly string[] ReasonLabels = ["", "Also called", "Skill or technology", "In its description or tasks"];

    /// <summary>The roles matching all <paramref name="words"/>, composable with the rest of a query (filters, sorts, paging in SQL).</summary>
    public static IQueryable<SearchHit> Hits(CareerDbContext db, IReadOnlyList<string> words)
    {
        if (db.Database.IsPostgreSql())
            return PostgreSqlHits(db, words);
        var all = SearchTerms.Match(words);
        var startsWhole = SearchTerms.Match(words, "title", firstWordStarts: true, wholeWords: true);
        var starts = SearchTerms.Match(words, "title", firstWordStarts: true);
        var titleWhole = SearchTerms.Match(words, "title", wholeWords: true);
        var title = SearchTerms.Match(words, "title");
        var alt = SearchTerms.Match(words, "alt");
        var skills = SearchTerms.Match(words, "skills");
        // Each tier is one more index lookup; the table name, not an alias, is what FTS5 matches on.
        // Whole words before prefixes: "data" ranks Data Scientists above Database Administrators.
        return db.Database.SqlQuery<SearchHit>($"""
            SELECT "RoleSearch".rowid AS "RoleId",
                CASE WHEN "RoleSearch".rowid IN (SELECT rowid FROM "RoleSearch" WHERE "RoleSearch" MATCH {startsWhole}) THEN 0
                     WHEN "RoleSearch".rowid IN (SELECT rowid FROM "RoleSearch" WHERE "RoleSearch" MATCH {starts}) THEN 1
                     WHEN "RoleSearch".rowid IN (SELECT rowid FROM "RoleSearch" WHERE "RoleSearch" MATCH {titleWhole}) THEN 2
                     WHEN "RoleSearch".rowid IN (SELECT rowid FROM "RoleSearch" WHERE "RoleSearch" MATCH {title}) THEN 3
                     WHEN "RoleSearch".rowid IN (SELECT rowid FROM "RoleSearch" WHERE "RoleSearch" MATCH {alt}) THEN 4
                     WHEN "RoleSearch".rowid IN (SELECT rowid FROM "RoleSearch" WHERE "RoleSearch" MATCH {skills}) THEN 5
                     ELSE 6 END AS "Tier",
                bm25("RoleSearch", 10.0, 5.0, 2.0, 1.0) AS "Score"
            FROM "RoleSearch" WHERE "RoleSearch" MATCH {all}
            """);
    }

    /// <summary>
    /// The same tiers and weights on PostgreSQL: a tier is the words in a column (a query of that
    /// column's weight on the one index), tier 0 also needs the title to start with the first word;
    /// the score is ts_rank with the columns weighed as bm25 weighs them and divided by the log of the
    /// length (bm25 too favours the shorter text), negated so lower is better.
    /// </summary>
    private static IQueryable<SearchHit> PostgreSqlHits(CareerDbContext db, IReadOnlyList<string> words)
    {
        var all = SearchTerms.TsQuery(words);
        var titleWhole = SearchTerms.TsQuery(words, "A", wholeWords: true);
        var title = SearchTerms.TsQuery(words, "A");
        var alt = SearchTerms.TsQuery(words, "B");
        var skills = SearchTerms.TsQuery(words, "C");
        var starts = words.Count > 0 ? words[0] + "%" : ""; // no words (a query of signs only): an empty tsquery, which matches nothing
        // The first word's whole word starts the title: followed by anything but a letter or digit.
        var startsWhole = words.Count > 0 ? "^" + words[0] + "([^[:alnum:]]|$)" : ""; // a folded word is letters and digits: nothing to escape
        return db.Database.SqlQuery<SearchHit>($"""
            SELECT rowid AS "RoleId",
                CASE WHEN doc @@ to_tsquery('simple', {titleWhole}) AND lower(unaccent(title)) ~ {startsWhole} THEN 0
                     WHEN doc @@ to_tsquery('simple', {title}) AND lower(unaccent(title)) LIKE {starts} THEN 1
                     WHEN doc @@ to_tsquery('simple', {titleWhole}) THEN 2
                     WHEN doc @@ to_tsquery('simple', {title}) THEN 3
                     WHEN doc @@ to_tsquery('simple', {alt}) THEN 4
                     WHEN doc @@ to_tsquery('simple', {skills}) THEN 5
                     ELSE 6 END AS "Tier",
                -ts_rank(ARRAY[0.1, 0.2, 0.5, 1.0]::real[], doc, to_tsquery('simple', {all}), 1)::float8 AS "Score"
            FROM "RoleSearch" WHERE doc @@ to_tsquery('simple', {all})
            """);
    }

    /// <summary>The ids of the roles matching all <paramref name="words"/>, unranked: what counts need.</summary>
    public static IQueryable<int> Matching(CareerDbContext db, IReadOnlyList<string> words) => db.Database.IsPostgreSql()
        ? db.Database.SqlQuery<int>($"SELECT rowid AS \"Value\" FROM \"RoleSearch\" WHERE doc @@ to_tsquery('simple', {SearchTerms.TsQuery(words)})")
        : db.Database.SqlQuery<int>($"SELECT rowid AS \"Value\" FROM \"RoleSearch\" WHERE \"RoleSearch\" MATCH {SearchTerms.Match(words)}");

    /// <summary>
    /// The known word (of a title, other name or skill: <see cref="SearchWord"/>) that
    /// <paramref name="word"/> is most likely a misspelling of: the fewest slips, then the same
    /// first letter, then the longer word (a dropped letter is the commonest slip: "statistican" is
    /// statistician, not statistical), then the word more roles have; null when none is near enough.
    /// </summary>
    public static async Task<string?> NearestWordAsync(CareerDbContext db, string word, CancellationToken ct)
    {
        if (!SearchTerms.IsVocabularyWord(word))
            return null;
        var limit = SearchTerms.MaxSlips(word);
        var (shortest, longest) = (word.Length - limit, word.Length + limit);
        var near = await db.SearchWords.AsNoTracking().Where(w => w.Word.Length >= shortest && w.Word.Length <= longest)
            .Select(w => new { w.Word, w.Roles }).ToListAsync(ct);
        return near.Select(w => (w.Word, w.Roles, Slips: SearchTerms.Distance(word, w.Word, limit)))
            .Where(w => w.Slips <= limit && w.Word != word)
            .OrderBy(w => w.Slips).ThenByDescending(w => w.Word[0] == word[0]).ThenByDescending(w => w.Word.Length).ThenByDescending(w => w.Roles).ThenBy(w => w.Word, StringComparer.Ordinal)
            .Select(w => w.Word).FirstOrDefault();
    }

    /// <summary>For the roles of a page of results: their titles with the words marked and what else matched, from their index rows (one query).</summary>
    public static async Task<IReadOnlyDictionary<int, SearchMatch>> MatchesAsync(
        CareerDbContext db, IReadOnlyList<(int Id, string Title)> roles, IReadOnlyList<string> words, CancellationToken ct)
    {
        if (roles.Count == 0 || words.Count == 0)
            return new Dictionary<int, SearchMatch>();
        var ids = roles.Select(r => r.Id).ToList();
        var rows = await db.Database.SqlQueryRaw<IndexRow>(
                $"SELECT rowid AS \"RoleId\", alt AS \"Alt\", skills AS \"Skills\", text AS \"Text\" FROM \"{RoleSearchIndex.Table}\"")
            .Where(r => ids.Contains(r.RoleId)).ToDictionaryAsync(r => r.RoleId, ct);
        return roles.ToDictionary(r => r.Id, r =>
        {
            var title = SearchTerms.Highlight(r.Title, words);
            if (SearchTerms.MatchesAll(r.Title, words) || !rows.TryGetValue(r.Id, out var row))
                return new SearchMatch(title, null, []);
            var columns = new[] { row.Alt, row.Skills, row.Text }.Select(c => (c ?? "").Split(RoleSearchIndex.LineSeparator, StringSplitOptions.RemoveEmptyEntries)).ToArray();
            // The first name, skill or task that holds every word (shortest of the names); else the first that holds any.
            var (tier, line) = Enumerable.Range(0, columns.Length)
                .Select(i => (Tier: i + 1, Line: (i < 2 ? columns[i].OrderBy(l => l.Length) : columns[i].AsEnumerable()).FirstOrDefault(l => SearchTerms.MatchesAll(l, words))))
                .FirstOrDefault(x => x.Line is not null);
            if (line is null)
                (tier, line) = Enumerable.Range(0, columns.Length)
                    .Select(i => (Tier: i + 1, Line: columns[i].FirstOrDefault(l => SearchTerms.Highlight(l, words).Any(p => p.Marked))))
                    .FirstOrDefault(x => x.Line is not null);
            return line is null
                ? new SearchMatch(title, null, [])
                : new SearchMatch(title, ReasonLabels[tier], SearchTerms.Highlight(tier == 3 ? SearchTerms.Excerpt(line, words) : line, words));
        });
    }

    /// <summary>Up to <paramref name="limit"/> roles whose title or other name the words start: the suggestions while typing.</summary>
    public static async Task<IReadOnlyList<SearchSuggestion>> SuggestAsync(CareerDbContext db, IReadOnlyList<string> words, int limit, CancellationToken ct)
    {
        if (words.Count == 0)
            return [];
        var hits = await (db.Database.IsPostgreSql() ? PostgreSqlSuggestions(db, words) : SqliteSuggestions(db, words))
            .OrderBy(h => h.Tier).ThenBy(h => h.Score).ThenBy(h => h.Title).Take(limit).ToListAsync(ct);
        var slugs = await db.Roles.AsNoTracking().Where(r => hits.Select(h => h.RoleId).Contains(r.Id)).Select(r => new { r.Id, r.Slug }).ToDictionaryAsync(r => r.Id, r => r.Slug, ct);
        return hits.Where(h => slugs.ContainsKey(h.RoleId)).Select(h => new SearchSuggestion(slugs[h.RoleId], h.Title,
            h.Tier < 2 ? null : (h.Alt ?? "").Split(RoleSearchIndex.LineSeparator).Where(l => SearchTerms.MatchesAll(l, words)).OrderBy(l => l.Length).FirstOrDefault())).ToList();
    }

    private static IQueryable<SuggestionRow> SqliteSuggestions(CareerDbContext db, IReadOnlyList<string> words) =>
        db.Database.SqlQuery<SuggestionRow>($"""
            SELECT "RoleSearch".rowid AS "RoleId", title AS "Title", alt AS "Alt",
                CASE WHEN "RoleSearch".rowid IN (SELECT rowid FROM "RoleSearch" WHERE "RoleSearch" MATCH {SearchTerms.Match(words, "title", firstWordStarts: true)}) THEN 0
                     WHEN "RoleSearch".rowid IN (SELECT rowid FROM "RoleSearch" WHERE "RoleSearch" MATCH {SearchTerms.Match(words, "title")}) THEN 1 ELSE 2 END AS "Tier",
                bm25("RoleSearch", 10.0, 5.0, 0.0, 0.0) AS "Score"
            FROM "RoleSearch" WHERE "RoleSearch" MATCH {SearchTerms.Match(words, "title alt")}
            """);

    private static IQueryable<SuggestionRow> PostgreSqlSuggestions(CareerDbContext db, IReadOnlyList<string> words)
    {
        var title = SearchTerms.TsQuery(words, "A");
        var names = SearchTerms.TsQuery(words, "AB");
        var starts = words.Count > 0 ? words[0] + "%" : ""; // no words (a query of signs only): an empty tsquery, which matches nothing
        return db.Database.SqlQuery<SuggestionRow>($"""
            SELECT rowid AS "RoleId", title AS "Title", alt AS "Alt",
                CASE WHEN doc @@ to_tsquery('simple', {title}) AND lower(unaccent(title)) LIKE {starts} THEN 0
                     WHEN doc @@ to_tsquery('simple', {title}) THEN 1 ELSE 2 END AS "Tier",
                -ts_rank(ARRAY[0, 0, 0.5, 1.0]::real[], doc, to_tsquery('simple', {names}), 1)::float8 AS "Score"
            FROM "RoleSearch" WHERE doc @@ to_tsquery('simple', {names})
            """);
    }

    private sealed class IndexRow
    {
        public int RoleId { get; set; }
        public string? Alt { get; set; }
        public string? Skills { get; set; }
        public string? Text { get; set; }
    }

    private sealed class SuggestionRow
    {
        public int RoleId { get; set; }
        public string Title { get; set; } = "";
        public string? Alt { get; set; }
        public int Tier { get; set; }
        public double Score { get; set; }
    }
}
