using CareerExplorer.Web.Data;
using CareerExplorer.Web.Rules;
using Microsoft.EntityFrameworkCore;

namespace CareerExplorer.Tests.Infrastructure;

/// <summary>The search index read directly, past the search service, in each engine's own words.</summary>
public static class SearchIndexRows
{
    /// <summary>The ids of the roles whose index row holds every word as a prefix (the search's own rule).</summary>
    public static Task<List<int>> MatchingAsync(CareerDbContext db, string words)
    {
        var terms = SearchTerms.Words(words);
        return db.Database.IsPostgreSql()
            ? db.Database.SqlQuery<int>($"SELECT rowid AS \"Value\" FROM \"RoleSearch\" WHERE doc @@ to_tsquery('simple', {SearchTerms.TsQuery(terms)})").ToListAsync()
            : db.Database.SqlQuery<int>($"SELECT rowid AS \"Value\" FROM \"RoleSearch\" WHERE \"RoleSearch\" MATCH {SearchTerms.Match(terms)}").ToListAsync();
    }
}
