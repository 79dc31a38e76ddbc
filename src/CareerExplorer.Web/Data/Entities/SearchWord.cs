namespace CareerExplorer.Web.Data.Entities;

/// <summary>
/// A word of the roles' titles, other names and skills, and how many roles have it: the vocabulary
/// a misspelled search is corrected from ("pyhton": did you mean python?). Derived from the search
/// index and rewritten with it (<see cref="RoleSearchIndex"/>), so a request only reads it.
/// </summary>
public class SearchWord
{
    /// <summary>Folded as <see cref="Rules.SearchTerms.Fold"/> folds a word.</summary>
    public string Word { get; set; } = "";
    /// <summary>How many roles have the word in their title, other names or skills.</summary>
    public int Roles { get; set; }
}
