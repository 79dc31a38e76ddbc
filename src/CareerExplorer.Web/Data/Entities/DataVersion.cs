namespace CareerExplorer.Web.Data.Entities;

/// <summary>
/// The data's version stamp: one row (<see cref="SingleId"/>) whose <see cref="Version"/>
/// <see cref="CareerDbContext"/> raises in the same transaction as every save that adds, changes
/// or deletes data. Any process can read it to learn that the data changed, whoever changed it (a
/// command-line import, a second instance of the app). Not an <see cref="Entity"/>: it is not
/// data, and is neither audited nor exported.
/// </summary>
public class DataVersion
{
    public const int SingleId = 1;

    public int Id { get; set; }
    public long Version { get; set; }
}
