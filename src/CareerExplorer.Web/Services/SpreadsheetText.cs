namespace CareerExplorer.Web.Services;

/// <summary>
/// What goes into a cell of a download a spreadsheet opens (the compare CSV, the roles CSV and
/// workbook): one rule against formula injection, one way to write a number.
/// </summary>
public static class SpreadsheetText
{
    /// <summary>
    /// Defuses text a spreadsheet would run as a formula (titles and notes come from admins and
    /// imports, so they are not trusted); numbers such as -5 stay numbers. Our own rule rather
    /// than CsvHelper's injection option, which cannot tell "-5" written as text from a formula.
    /// </summary>
    public static string Defuse(string value) =>
        value.Length > 0 && "=+-@\t\r".Contains(value[0]) && !decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out _)
            ? "'" + value
            : value;

    /// <summary>A number as a spreadsheet reads it back: invariant, no grouping, no trailing zeros (120000, 33.5).</summary>
    public static string Number(decimal value) => value.ToString("0.##########", CultureInfo.InvariantCulture);
}
