using Microsoft.Data.Sqlite;

namespace CareerExplorer.Web.Infrastructure;

/// <summary>
/// The backup command: a consistent copy of the live database with SQLite's online backup API.
/// The copy is made in one step inside one read transaction, so it is the database as it was at
/// one moment, while the app goes on serving and writing (in WAL mode writers are not blocked).
/// It is written beside the target under a temporary name, checked, then moved into place, so a
/// failed backup never leaves a half-written file or replaces a good one.
/// </summary>
public static class DatabaseBackup
{
    public const string Usage =
        "Usage: backup --to FILE [--force]   (a consistent copy of the live database, safe while the app runs; --force replaces an existing FILE)";

    /// <summary>Backs up to <paramref name="to"/> (relative to the shell's folder); <paramref name="force"/> replaces an existing file.</summary>
    public static async Task<int> RunAsync(string connectionString, string to, bool force, TextWriter output, TextWriter error)
    {
        var source = new SqliteConnectionStringBuilder(connectionString).DataSource;
        if (string.IsNullOrEmpty(source) || !File.Exists(source))
        {
            await error.WriteLineAsync($"There is no database at '{source}'; nothing was written. Check ConnectionStrings__Default.");
            return 1;
        }
        var target = Path.GetFullPath(Path.IsPathRooted(to) ? to : Path.Combine(Environment.GetEnvironmentVariable("PWD") is { Length: > 0 } shell ? shell : Environment.CurrentDirectory, to));
        var folder = Path.GetDirectoryName(target)!;
        string? refusal = null;
        if (string.Equals(target, Path.GetFullPath(source), StringComparison.Ordinal))
            refusal = $"'{target}' is the live database itself; back up to another file.";
        else if (Directory.Exists(target))
            refusal = $"'{target}' is a folder; give the backup a file name, e.g. {Path.Combine(target, "careerexplorer-backup.db")}.";
        else if (!Directory.Exists(folder))
            refusal = $"The folder '{folder}' does not exist; create it first or choose another place.";
        else if (File.Exists(target) && !force)
            refusal = $"'{target}' already exists; nothing was written. Give --force to replace it.";
        if (refusal is not null)
        {
            await error.WriteLineAsync(refusal);
            return 1;
        }

        var partial = Path.Combine(folder, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.partial");
        try
        {
            Counts counts;
            await using (var from = new SqliteConnection(new SqliteConnectionStringBuilder(connectionString) { Mode = SqliteOpenMode.ReadWrite, Pooling = false }.ToString()))
            await using (var copy = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = partial, Pooling = false }.ToString()))
            {
                await from.OpenAsync();
                await copy.OpenAsync();
                from.BackupDatabase(copy);
                var check = Scalar(copy, "PRAGMA integrity_check");
                if (check != "ok")
                {
                    await error.WriteLineAsync($"The copy failed SQLite's integrity check ({check}); nothing was written.");
                    return 1;
                }
                counts = new Counts(Count(copy, "Roles"), Count(copy, "SalaryFigures"), Count(copy, "OutlookFigures"), Count(copy, "AspNetUsers"));
            }
            File.Move(partial, target, overwrite: force);
            var c = CultureInfo.InvariantCulture;
            await output.WriteLineAsync(string.Format(c,
                "Backed up {0} to {1}: {2}; {3}, {4}, {5}, {6}; integrity check ok.",
                source, target, Size(new FileInfo(target).Length), Plural(counts.Roles, "role"), Plural(counts.SalaryFigures, "salary figure"),
                Plural(counts.OutlookFigures, "outlook figure"), Plural(counts.Accounts, "account")));
            return 0;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or SqliteException)
        {
            await error.WriteLineAsync($"Could not write the backup to '{target}': {ex.Message} Nothing was written.");
            return 1;
        }
        finally
        {
            foreach (var suffix in new[] { "", "-wal", "-shm", "-journal" })
                File.Delete(partial + suffix);
        }
    }

    private sealed record Counts(long Roles, long SalaryFigures, long OutlookFigures, long Accounts);

    private static string? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private static long Count(SqliteConnection connection, string table) =>
        long.Parse(Scalar(connection, $"SELECT COUNT(*) FROM \"{table}\"") ?? "0", CultureInfo.InvariantCulture);

    private static string Plural(long count, string what) =>
        string.Format(CultureInfo.InvariantCulture, "{0:N0} {1}{2}", count, what, count == 1 ? "" : "s");

    private static string Size(long bytes) => bytes >= 1024 * 1024
        ? string.Format(CultureInfo.InvariantCulture, "{0:0.0} MB", bytes / 1024.0 / 1024.0)
        : string.Format(CultureInfo.InvariantCulture, "{0:0} KB", Math.Ceiling(bytes / 1024.0));
}
