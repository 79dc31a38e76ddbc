using System.Data.Common;
using Microsoft.EntityFrameworkCore.Storage;

namespace CareerExplorer.Web.Data;

/// <summary>
/// The full-text index the roles search reads: one row a role in the SQLite FTS5 table
/// <c>RoleSearch</c> (rowid = the role's id), its columns in the order a match ranks (title;
/// other names and O*NET alternate titles; skills and technologies; tasks and descriptions).
/// Kept in step like <see cref="RoleSummaryStore"/>: the texts of the roles a change touches
/// are rewritten in that change's transaction. Lines within a column are one name or task each,
/// so a result can say which one matched. The migration RoleSearch creates the table (tokenizer
/// unicode61 with remove_diacritics 2, prefix indexes so "statis*" is a lookup, not a scan).
/// </summary>
public static class RoleSearchIndex
{
    public const string Table = "RoleSearch";

    /// <summary>The columns, best match first (bm25 weights and the ranking tiers follow this order).</summary>
    public static readonly string[] Columns = ["title", "alt", "skills", "text"];

    /// <summary>O*NET ratings count as a role's skill from this importance (1-5: "important" and above), so a search for a skill finds the roles that need it, not every rated one.</summary>
    public const decimal RatedImportance = 3.5m;

    /// <summary>Rewrites the index rows of <paramref name="roleIds"/> (every role when null) in the current transaction.</summary>
    public static async Task RefreshAsync(CareerDbContext db, IReadOnlyCollection<int>? roleIds, CancellationToken ct = default)
    {
        if (roleIds is { Count: 0 })
            return;
        IQueryable<T> For<T>(IQueryable<T> rows, System.Linq.Expressions.Expression<Func<T, bool>> inRoles) =>
            roleIds is null ? rows : rows.Where(inRoles);

        var roles = await For(db.Roles.AsNoTracking(), r => roleIds!.Contains(r.Id))
            .Select(r => new { r.Id, r.Title, r.Summary, r.Description }).ToListAsync(ct);
        var alt = Lookup(
            (await For(db.RoleAliases.AsNoTracking(), a => roleIds!.Contains(a.RoleId)).Select(a => new { a.RoleId, a.Name }).ToListAsync(ct)).Select(a => (a.RoleId, a.Name)),
            (await For(db.OnetAlternateTitles.AsNoTracking(), a => roleIds!.Contains(a.RoleId)).Select(a => new { a.RoleId, a.Title }).ToListAsync(ct)).Select(a => (a.RoleId, a.Title)));
        var skills = Lookup(
            (await For(db.RoleSkills.AsNoTracking(), s => roleIds!.Contains(s.RoleId)).Select(s => new { s.RoleId, s.Skill.Name }).ToListAsync(ct)).Select(s => (s.RoleId, s.Name)),
            (await For(db.OnetTechnologies.AsNoTracking(), s => roleIds!.Contains(s.RoleId)).Select(s => new { s.RoleId, s.Skill.Name }).ToListAsync(ct)).Select(s => (s.RoleId, s.Name)),
            (await For(db.OnetRatings.AsNoTracking(), s => roleIds!.Contains(s.RoleId)).Where(s => s.Importance >= RatedImportance && !s.ImportanceSuppressed)
                .Select(s => new { s.RoleId, s.Skill.Name }).ToListAsync(ct)).Select(s => (s.RoleId, s.Name)));
        var text = Lookup(
            (await For(db.OnetOccupations.AsNoTracking(), o => roleIds!.Contains(o.RoleId)).Select(o => new { o.RoleId, o.Description }).ToListAsync(ct)).Select(o => (o.RoleId, o.Description)),
            (await For(db.RoleTasks.AsNoTracking(), t => roleIds!.Contains(t.RoleId)).OrderBy(t => t.Position).Select(t => new { t.RoleId, t.Text }).ToListAsync(ct)).Select(t => (t.RoleId, t.Text)),
            (await For(db.OnetTasks.AsNoTracking(), t => roleIds!.Contains(t.RoleId)).OrderBy(t => t.Type).ThenBy(t => t.TaskId).Select(t => new { t.RoleId, t.Text }).ToListAsync(ct)).Select(t => (t.RoleId, t.Text)));

        var own = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        try
        {
            var transaction = db.Database.CurrentTransaction!.GetDbTransaction();
            var connection = db.Database.GetDbConnection();
            await using (var delete = connection.CreateCommand())
            {
                delete.Transaction = transaction;
                delete.CommandText = roleIds is null ? $"DELETE FROM \"{Table}\""
                    : $"DELETE FROM \"{Table}\" WHERE rowid IN ({string.Join(',', roleIds)})"; // ids are ints: nothing to escape
                await delete.ExecuteNonQueryAsync(ct);
            }
            await BulkInsert.RowsAsync(db, Table, ["rowid", .. Columns], roles.Select(role => new object?[]
            {
                role.Id,
                role.Title,
                Lines(alt[role.Id].Where(a => !string.Equals(a, role.Title, StringComparison.OrdinalIgnoreCase))),
                Lines(skills[role.Id]),
                Lines(new[] { role.Summary, role.Description }.OfType<string>().Concat(text[role.Id])),
            }), ct);
            await RefreshVocabularyAsync(db, transaction, ct);
            if (own is not null)
                await own.CommitAsync(ct);
        }
        finally
        {
            if (own is not null)
                await own.DisposeAsync();
        }
    }

    /// <summary>
    /// Rewrites <see cref="Entities.SearchWord"/> from the index's titles, other names and skills,
    /// all roles (a word's count is over every role, so even one role's change rewrites it: a
    /// read of the index and some thousand rows, within the change's transaction).
    /// </summary>
    private static async Task RefreshVocabularyAsync(CareerDbContext db, DbTransaction transaction, CancellationToken ct)
    {
        var roles = new Dictionary<string, int>(StringComparer.Ordinal);
        var connection = db.Database.GetDbConnection();
        await using (var read = connection.CreateCommand())
        {
            read.Transaction = transaction;
            read.CommandText = $"SELECT title, alt, skills FROM \"{Table}\"";
            await using var rows = await read.ExecuteReaderAsync(ct);
            var words = new HashSet<string>(StringComparer.Ordinal);
            while (await rows.ReadAsync(ct))
            {
                words.Clear();
                for (var column = 0; column < 3; column++)
                    if (!await rows.IsDBNullAsync(column, ct))
                        words.UnionWith(SearchTerms.Tokens(rows.GetString(column)).Where(SearchTerms.IsVocabularyWord));
                foreach (var word in words)
                    roles[word] = roles.GetValueOrDefault(word) + 1;
            }
        }
        await db.SearchWords.ExecuteDeleteAsync(ct);
        await BulkInsert.RowsAsync(db, "SearchWords", ["Word", "Roles"], roles.Select(w => new object?[] { w.Key, w.Value }), ct);
    }

    /// <summary>How many roles the index holds (at start, a count unlike the roles' means it needs building).</summary>
    public static async Task<int> CountAsync(CareerDbContext db, CancellationToken ct = default) =>
        await db.Database.SqlQueryRaw<int>($"SELECT count(*) AS \"Value\" FROM \"{Table}\"").SingleAsync(ct);

    /// <summary>The separator of the names or tasks within a column: a line each.</summary>
    public const char LineSeparator = '\n';

    private static string Lines(IEnumerable<string> lines) =>
        string.Join(LineSeparator, lines.Select(l => l.ReplaceLineEndings(" ").Trim()).Where(l => l.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase));

    private static ILookup<int, string> Lookup(params IEnumerable<(int RoleId, string Text)>[] parts) =>
        parts.SelectMany(p => p).ToLookup(p => p.RoleId, p => p.Text);

}
