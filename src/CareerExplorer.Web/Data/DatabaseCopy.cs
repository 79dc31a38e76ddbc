using System.Data.Common;
using System.Reflection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace CareerExplorer.Web.Data;

/// <summary>
/// copy-to-postgresql: every row of every table of the model, from an SQLite database into a
/// PostgreSQL one that holds no data yet, so a deployment moves to a database server keeping what
/// its admins did (accounts, edits, the audit trail, the data-protection keys that sign cookies).
/// The target is migrated first; the copy is then one transaction (a failure leaves it without
/// data), in the order of the foreign keys. Values go through the model on both sides: each
/// column is read as the SQLite model stores it (decimals as REAL, booleans as 0/1, audit times as
/// ticks) and written as the PostgreSQL model does (numeric, boolean). The search table, which is
/// FTS5 on SQLite, is rebuilt from the copied data; identity sequences are set past the copied ids.
/// </summary>
public static class DatabaseCopy
{
    /// <summary>How many rows a table got.</summary>
    public sealed record TableCopy(string Table, long Rows);

    /// <summary>What was copied: the tables of the model (in the order written) and the roles the rebuilt search index holds.</summary>
    public sealed record CopyResult(IReadOnlyList<TableCopy> Tables, int SearchRows)
    {
        public long Rows => Tables.Sum(t => t.Rows);
    }

    /// <summary>EF Core's own bookkeeping, not data: the history is written by migrating.</summary>
    private static readonly string[] BookkeepingTables = ["__EFMigrationsHistory", "__EFMigrationsLock"];

    /// <summary>Copies <paramref name="source"/> (an SQLite database, migrated) into the PostgreSQL database <paramref name="target"/>.</summary>
    /// <exception cref="DatabaseCopyException">The target is not usable (no database named, data in it) or the copy failed; nothing was copied.</exception>
    /// <exception cref="DatabaseUnreachableException">The target's server cannot be reached.</exception>
    public static async Task<CopyResult> ToPostgreSqlAsync(CareerDbContext source, string target, string setting, CancellationToken ct = default)
    {
        if (source.Database.IsPostgreSql())
            throw new DatabaseCopyException($"The source is {DatabaseEngine.Describe(source.Database.GetConnectionString()!)}: copy-to-postgresql reads an SQLite database.");
        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(target);
        }
        catch (ArgumentException e)
        {
            throw new DatabaseCopyException($"{setting} is not a PostgreSQL connection string ({e.Message}); write it as \"Host=...;Port=5432;Database=...;Username=...;Password=...\".");
        }
        if (string.IsNullOrWhiteSpace(builder.Database))
            throw new DatabaseCopyException($"{setting} names no database: add Database=... (migrating creates it if the role may).");

        await using var db = new PostgreSqlCareerDbContext(new DbContextOptionsBuilder<PostgreSqlCareerDbContext>()
            .UseNpgsql(target)
            .ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning))
            .Options);
        await DatabaseEngine.RequireReachableAsync(db.Database, setting, ct);
        var where = DatabaseEngine.Describe(target);
        var seeds = SeedRows(db);

        // Before migrating: a database in use is refused without a change to it, not even its schema.
        RefuseData(where, await ExistingDataAsync(target, seeds, ct));
        try
        {
            await db.Database.MigrateAsync(ct);
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException)
        {
            throw new DatabaseCopyException($"Could not migrate {where}: {e.Message} Nothing was copied.", e);
        }

        await source.Database.OpenConnectionAsync(ct);
        var from = (SqliteConnection)source.Database.GetDbConnection();
        // One read transaction: the rows of every table as they were at one moment.
        await using var read = from.BeginTransaction(deferred: true);
        await using var write = await db.Database.BeginTransactionAsync(ct);
        var to = (NpgsqlConnection)db.Database.GetDbConnection();
        var transaction = (NpgsqlTransaction)write.GetDbTransaction();

        // Again inside the transaction, after migrating: what another process may have written since.
        RefuseData(where, await UserDataAsync(to, transaction, seeds, ct));
        // The seed rows of the migrations (the data version) make way for the source's own.
        foreach (var table in seeds.Keys)
            await ExecuteAsync(to, transaction, $"DELETE FROM {Quote(table)}", ct);

        var copied = new List<TableCopy>();
        var sourceTables = source.Model.GetRelationalModel().Tables.ToDictionary(t => t.Name);
        foreach (var table in InForeignKeyOrder(db.Model.GetRelationalModel().Tables))
        {
            if (!sourceTables.TryGetValue(table.Name, out var sourceTable))
                throw new DatabaseCopyException($"The table {table.Name} is not in the SQLite model; nothing was copied.");
            try
            {
                copied.Add(new TableCopy(table.Name, await CopyTableAsync(from, read, sourceTable, to, transaction, table, ct)));
            }
            catch (Exception e) when (e is NpgsqlException or SqliteException or InvalidCastException or FormatException)
            {
                throw new DatabaseCopyException($"Could not copy the table {table.Name}: {e.Message} Nothing was copied: {where} holds no data.", e);
            }
        }

        // Derived from the data, in a form of each engine's own (FTS5 on SQLite): built, not copied.
        await RoleSearchIndex.RefreshAsync(db, null, ct);
        var searchRows = await RoleSearchIndex.CountAsync(db, ct);
        await ResetIdentitiesAsync(to, transaction, ct);
        await write.CommitAsync(ct);
        return new CopyResult(copied, searchRows);
    }

    /// <summary>The seed rows the PostgreSQL migrations insert (HasData), by table: columns and stored values.</summary>
    private static Dictionary<string, List<(string Column, object? Value)[]>> SeedRows(PostgreSqlCareerDbContext db)
    {
        // Seed data is in the design-time model only.
        var model = db.GetService<IDesignTimeModel>().Model;
        var seeds = new Dictionary<string, List<(string Column, object? Value)[]>>();
        foreach (var entity in model.GetEntityTypes())
        {
            var rows = entity.GetSeedData(providerValues: true).ToList();
            if (rows.Count == 0 || entity.GetTableName() is not { } table)
                continue;
            var list = seeds.TryGetValue(table, out var l) ? l : seeds[table] = [];
            list.AddRange(rows.Select(row => row.Select(v => (entity.FindProperty(v.Key)!.GetColumnName(), v.Value)).ToArray()));
        }
        return seeds;
    }

    private static void RefuseData(string where, IReadOnlyList<string> data)
    {
        if (data.Count > 0)
            throw new DatabaseCopyException(
                $"{where} is not empty: {string.Join(", ", data)}. Nothing was copied. Copy into a new, empty database (CREATE DATABASE ... OWNER ...).");
    }

    /// <summary>The data of a target that exists already (none when it is not created yet).</summary>
    private static async Task<IReadOnlyList<string>> ExistingDataAsync(string target, Dictionary<string, List<(string Column, object? Value)[]>> seeds, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(target) { Pooling = false }.ConnectionString);
        try
        {
            await connection.OpenAsync(ct);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.InvalidCatalogName)
        {
            return []; // migrating creates it
        }
        return await UserDataAsync(connection, null, seeds, ct);
    }

    /// <summary>
    /// Every table of the schema that holds rows besides the model's seed rows, with how many:
    /// empty means nothing but the migrations' own (any other table counts, the database might be another app's).
    /// </summary>
    private static async Task<IReadOnlyList<string>> UserDataAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction,
        Dictionary<string, List<(string Column, object? Value)[]>> seeds, CancellationToken ct)
    {
        var tables = new List<string>();
        await using (var list = new NpgsqlCommand(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND NOT table_name = ANY($1) ORDER BY table_name",
            connection, transaction))
        {
            list.Parameters.Add(new NpgsqlParameter { Value = BookkeepingTables });
            await using var reader = await list.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
                tables.Add(reader.GetString(0));
        }
        var found = new List<string>();
        foreach (var table in tables)
        {
            var rows = (long)(await ScalarAsync(connection, transaction, $"SELECT count(*) FROM {Quote(table)}", [], ct))!;
            foreach (var seed in rows > 0 && seeds.TryGetValue(table, out var s) ? s : [])
            {
                var values = seed.Where(c => c.Value is not null).ToList();
                var conditions = seed.Where(c => c.Value is null).Select(c => $"{Quote(c.Column)} IS NULL")
                    .Concat(values.Select((c, i) => $"{Quote(c.Column)} = ${i + 1}"));
                rows -= (long)(await ScalarAsync(connection, transaction, $"SELECT count(*) FROM {Quote(table)} WHERE {string.Join(" AND ", conditions)}",
                    values.Select(c => c.Value!).ToArray(), ct))!;
            }
            if (rows > 0)
                found.Add(string.Format(CultureInfo.InvariantCulture, "{0} has {1:N0} row{2}", table, rows, rows == 1 ? "" : "s"));
        }
        return found;
    }

    /// <summary>Principal tables before the tables that refer to them; otherwise by name.</summary>
    private static List<ITable> InForeignKeyOrder(IEnumerable<ITable> tables)
    {
        var pending = tables.OrderBy(t => t.Name, StringComparer.Ordinal).ToList();
        var ordered = new List<ITable>();
        while (pending.Count > 0)
        {
            var next = pending.FirstOrDefault(t => t.ForeignKeyConstraints.All(fk => fk.PrincipalTable == t || ordered.Contains(fk.PrincipalTable)))
                ?? throw new DatabaseCopyException($"The tables {string.Join(", ", pending.Select(t => t.Name))} refer to each other in a cycle; nothing was copied.");
            ordered.Add(next);
            pending.Remove(next);
        }
        return ordered;
    }

    /// <summary>Copies one table in multi-row INSERTs; returns how many rows.</summary>
    private static async Task<long> CopyTableAsync(SqliteConnection from, SqliteTransaction read, ITable sourceTable,
        NpgsqlConnection to, NpgsqlTransaction transaction, ITable table, CancellationToken ct)
    {
        var columns = table.Columns.Select(c => new ColumnCopy(
            c.Name,
            sourceTable.FindColumn(c.Name) ?? throw new DatabaseCopyException($"The column {table.Name}.{c.Name} is not in the SQLite model; nothing was copied."),
            c)).ToList();
        await using var select = from.CreateCommand();
        select.Transaction = read;
        select.CommandText = $"SELECT {string.Join(", ", columns.Select(c => Quote(c.Name)))} FROM {Quote(table.Name)}";
        await using var reader = await select.ExecuteReaderAsync(ct);

        var rows = Rows(reader, columns);
        // A table that refers to itself (a role's parent role): each row after the row it names.
        var selfReferences = table.ForeignKeyConstraints.Where(fk => fk.PrincipalTable == table).ToList();
        if (selfReferences.Count > 0)
            rows = ParentsFirst(rows.ToList(), columns.Select(c => c.Name).ToList(), selfReferences, table);

        var perStatement = Math.Clamp(30000 / columns.Count, 1, 1000);
        var prefix = $"INSERT INTO {Quote(table.Name)} ({string.Join(", ", columns.Select(c => Quote(c.Name)))}) OVERRIDING SYSTEM VALUE VALUES ";
        long count = 0;
        var batch = new List<object?[]>(perStatement);
        async Task FlushAsync()
        {
            if (batch.Count == 0)
                return;
            await using var insert = new NpgsqlCommand(prefix + string.Join(", ", batch.Select((_, r) =>
                "(" + string.Join(", ", columns.Select((_, c) => "$" + (r * columns.Count + c + 1))) + ")")), to, transaction);
            foreach (var row in batch)
                foreach (var value in row)
                    insert.Parameters.Add(new NpgsqlParameter { Value = value ?? DBNull.Value });
            await insert.ExecuteNonQueryAsync(ct);
            count += batch.Count;
            batch.Clear();
        }
        foreach (var row in rows)
        {
            batch.Add(row);
            if (batch.Count == perStatement)
                await FlushAsync();
        }
        await FlushAsync();
        return count;
    }

    /// <summary>The rows as the target stores them.</summary>
    private static IEnumerable<object?[]> Rows(DbDataReader reader, IReadOnlyList<ColumnCopy> columns)
    {
        while (reader.Read())
        {
            var row = new object?[columns.Count];
            for (var i = 0; i < columns.Count; i++)
                row[i] = reader.IsDBNull(i) ? null : columns[i].Convert(reader, i);
            yield return row;
        }
    }

    private static IEnumerable<object?[]> ParentsFirst(List<object?[]> rows, List<string> names, List<IForeignKeyConstraint> selfReferences, ITable table)
    {
        var keys = table.PrimaryKey!.Columns.Select(c => names.IndexOf(c.Name)).ToList();
        string Key(object?[] row, IEnumerable<int> at) => string.Join("\u001f", at.Select(i => Convert.ToString(row[i], CultureInfo.InvariantCulture)));
        var byKey = rows.ToDictionary(r => Key(r, keys));
        var written = new HashSet<string>();
        var ordered = new List<object?[]>(rows.Count);
        void Write(object?[] row, int depth)
        {
            var key = Key(row, keys);
            if (written.Contains(key))
                return;
            if (depth > rows.Count)
                throw new DatabaseCopyException($"Rows of {table.Name} refer to each other in a cycle; nothing was copied.");
            foreach (var fk in selfReferences)
            {
                var at = fk.Columns.Select(c => names.IndexOf(c.Name)).ToList();
                if (at.All(i => row[i] is not null) && byKey.TryGetValue(Key(row, at), out var parent) && parent != row)
                    Write(parent, depth + 1);
            }
            written.Add(key);
            ordered.Add(row);
        }
        foreach (var row in rows)
            Write(row, 0);
        return ordered;
    }

    /// <summary>One column: read as the SQLite model stores it, to the model's value, to what the PostgreSQL model stores.</summary>
    private sealed class ColumnCopy(string name, IColumn source, IColumn target)
    {
        private static readonly MethodInfo ReadMethod = typeof(ColumnCopy).GetMethod(nameof(Read), BindingFlags.NonPublic | BindingFlags.Static)!;

        private readonly Func<DbDataReader, int, object> _read = ReadMethod
            .MakeGenericMethod(Nullable.GetUnderlyingType(source.ProviderClrType) ?? source.ProviderClrType)
            .CreateDelegate<Func<DbDataReader, int, object>>();

        private readonly Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter? _fromSource = source.PropertyMappings[0].TypeMapping.Converter;
        private readonly Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter? _toTarget = target.PropertyMappings[0].TypeMapping.Converter;

        public string Name => name;

        public object? Convert(DbDataReader reader, int ordinal)
        {
            var value = _read(reader, ordinal);
            if (_fromSource is not null)
                value = _fromSource.ConvertFromProvider(value);
            if (_toTarget is not null)
                value = _toTarget.ConvertToProvider(value);
            // timestamp with time zone takes UTC only.
            return value is DateTimeOffset at ? at.ToUniversalTime() : value;
        }

        private static object Read<T>(DbDataReader reader, int ordinal) => reader.GetFieldValue<T>(ordinal)!;
    }

    /// <summary>Sets every identity column's sequence past the largest id copied, so the app's next insert does not collide.</summary>
    private static async Task ResetIdentitiesAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken ct)
    {
        var identities = new List<(string Table, string Column)>();
        await using (var list = new NpgsqlCommand(
            "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = current_schema() AND is_identity = 'YES'", connection, transaction))
        await using (var reader = await list.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
                identities.Add((reader.GetString(0), reader.GetString(1)));
        }
        foreach (var (table, column) in identities)
            await ScalarAsync(connection, transaction,
                $"SELECT setval(pg_get_serial_sequence($1, $2), COALESCE((SELECT max({Quote(column)}) FROM {Quote(table)}), 0) + 1, false)",
                [Quote(table), column], ct);
    }

    private static async Task<object?> ScalarAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, object[] values, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        foreach (var value in values)
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        return await command.ExecuteScalarAsync(ct);
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        await command.ExecuteNonQueryAsync(ct);
    }

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"") + "\"";
}

/// <summary>The copy was refused or failed, and nothing was copied: the message says why.</summary>
public sealed class DatabaseCopyException(string message, Exception? inner = null) : Exception(message, inner);
