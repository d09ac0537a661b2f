using System.Data.Common;
using System.Reflection;
using Dapper;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace ModularCrm.Host.Data.Migrations;

/// <summary>
/// Runs forward-only scripts, each in its own transaction with its journal row in <c>core_migrations</c>, and
/// records each module's installed version in <c>core_modules</c>. It never edits history: a script whose text
/// changed after it was applied is refused, and a failing script stops its module with nothing half-applied.
/// </summary>
public sealed class MigrationRunner(Database database, ILogger<MigrationRunner>? logger = null)
{
    /// <summary>The module id under which the host's own schema is journaled.</summary>
    public const string CoreModuleId = "core";

    private const string ModulesTable = "core_modules";
    private const string JournalTable = "core_migrations";

    // The journal has to exist before the first script can be journaled, so these two tables are created here
    // rather than in db/migrations/core.
    private const string CreateModules = """
        CREATE TABLE core_modules (
            module_id {{text(100)}} NOT NULL PRIMARY KEY,
            installed_version {{text(50)}} NOT NULL,
            updated_at {{timestamp}} NOT NULL
        )
        """;

    private const string CreateJournal = """
        CREATE TABLE core_migrations (
            module_id {{text(100)}} NOT NULL,
            script {{text(200)}} NOT NULL,
            module_version {{text(50)}} NOT NULL,
            checksum {{text(64)}} NOT NULL,
            applied_at {{timestamp}} NOT NULL,
            PRIMARY KEY (module_id, script)
        )
        """;

    private readonly ILogger logger = logger ?? NullLogger<MigrationRunner>.Instance;

    /// <summary>The version the host's schema is recorded under: the Host assembly's version.</summary>
    public static string CoreVersion { get; } =
        typeof(MigrationRunner).Assembly.GetName().Version?.ToString(3) ?? "1.0.0";

    /// <summary>Applies the pending scripts of <c>db/migrations/core</c> (embedded in the Host assembly).</summary>
    public Task<MigrationResult> MigrateCoreAsync(CancellationToken cancellationToken = default) =>
        MigrateAsync(CoreModuleId, CoreVersion, MigrationScripts.FromAssembly(typeof(MigrationRunner).Assembly), cancellationToken);

    /// <summary>Applies the pending scripts embedded under <c>Migrations/</c> in <paramref name="assembly"/>.</summary>
    public Task<MigrationResult> MigrateModuleAsync(string moduleId, string version, Assembly assembly, CancellationToken cancellationToken = default) =>
        MigrateAsync(moduleId, version, MigrationScripts.FromAssembly(assembly), cancellationToken);

    /// <summary>
    /// Applies, in name order, the scripts of <paramref name="scripts"/> not yet journaled for <paramref name="moduleId"/>,
    /// then records <paramref name="version"/> as installed. Never throws for a bad or failing script: the result
    /// says which script and why, and the module's installed version is left unchanged.
    /// </summary>
    public async Task<MigrationResult> MigrateAsync(
        string moduleId, string version, IEnumerable<MigrationScript> scripts, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(moduleId);
        ArgumentException.ThrowIfNullOrWhiteSpace(version);
        ArgumentNullException.ThrowIfNull(scripts);
        var selected = MigrationScripts.ForProvider(scripts, database.Provider);

        await EnsureJournalAsync(cancellationToken).ConfigureAwait(false);
        string? previous;
        Dictionary<string, string> applied;
        await using (var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false))
        {
            previous = await connection.QueryFirstOrDefaultAsync<string?>(new CommandDefinition(
                "SELECT installed_version FROM core_modules WHERE module_id = @moduleId",
                new { moduleId }, cancellationToken: cancellationToken)).ConfigureAwait(false);
            applied = (await connection.QueryAsync<(string Script, string Checksum)>(new CommandDefinition(
                    "SELECT script, checksum FROM core_migrations WHERE module_id = @moduleId",
                    new { moduleId }, cancellationToken: cancellationToken)).ConfigureAwait(false))
                .ToDictionary(row => row.Script, row => row.Checksum, StringComparer.Ordinal);
        }

        foreach (var script in selected)
        {
            if (applied.TryGetValue(script.Name, out var recorded) && recorded != script.Checksum)
            {
                return Failed(moduleId, version, previous, [], script.Name,
                    $"Module '{moduleId}': migration '{script.Name}' was edited after it was applied (journal checksum {recorded}, " +
                    $"now {script.Checksum}). Applied migrations are never changed: restore it and add a new script.");
            }
        }

        var done = new List<string>();
        foreach (var script in selected.Where(s => !applied.ContainsKey(s.Name)))
        {
            var error = await ApplyAsync(moduleId, version, script, cancellationToken).ConfigureAwait(false);
            if (error is not null)
            {
                return Failed(moduleId, version, previous, done, script.Name,
                    $"Module '{moduleId}': migration '{script.Name}' failed and was rolled back: {error}");
            }

            done.Add(script.Name);
            logger.LogInformation("Module {ModuleId} {Version}: applied migration {Script}", moduleId, version, script.Name);
        }

        await RecordVersionAsync(moduleId, version, previous, cancellationToken).ConfigureAwait(false);
        return new MigrationResult(moduleId, version, previous, done);
    }

    /// <summary>The version recorded for <paramref name="moduleId"/>, or null if it was never installed.</summary>
    public async Task<string?> InstalledVersionAsync(string moduleId, CancellationToken cancellationToken = default)
    {
        await EnsureJournalAsync(cancellationToken).ConfigureAwait(false);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await connection.QueryFirstOrDefaultAsync<string?>(new CommandDefinition(
            "SELECT installed_version FROM core_modules WHERE module_id = @moduleId",
            new { moduleId }, cancellationToken: cancellationToken)).ConfigureAwait(false);
    }

    private MigrationResult Failed(string moduleId, string version, string? previous, List<string> done, string script, string error)
    {
        logger.LogError("{Error}", error);
        return new MigrationResult(moduleId, version, previous, done, script, error);
    }

    private async Task<string?> ApplyAsync(string moduleId, string version, MigrationScript script, CancellationToken cancellationToken)
    {
        string sql;
        try
        {
            sql = PortableSql.Expand(script.Sql, database.Dialect, script.Name);
        }
        catch (FormatException e)
        {
            return e.Message;
        }

        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await database.BeginTransactionAsync(connection, cancellationToken).ConfigureAwait(false);
        try
        {
            await connection.ExecuteAsync(new CommandDefinition(sql, transaction: transaction, cancellationToken: cancellationToken))
                .ConfigureAwait(false);
            await connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO core_migrations (module_id, script, module_version, checksum, applied_at) " +
                "VALUES (@moduleId, @script, @version, @checksum, @appliedAt)",
                new { moduleId, script = script.Name, version, checksum = script.Checksum, appliedAt = DateTimeOffset.UtcNow },
                transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return null;
        }
        catch (DbException e)
        {
            await transaction.RollbackAsync(CancellationToken.None).ConfigureAwait(false);
            return e.Message;
        }
    }

    private async Task RecordVersionAsync(string moduleId, string version, string? previous, CancellationToken cancellationToken)
    {
        if (previous == version)
        {
            return;
        }

        var sql = previous is null
            ? "INSERT INTO core_modules (module_id, installed_version, updated_at) VALUES (@moduleId, @version, @now)"
            : "UPDATE core_modules SET installed_version = @version, updated_at = @now WHERE module_id = @moduleId";
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync(new CommandDefinition(sql, new { moduleId, version, now = DateTimeOffset.UtcNow },
            cancellationToken: cancellationToken)).ConfigureAwait(false);
    }

    private async Task EnsureJournalAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await database.BeginTransactionAsync(connection, cancellationToken).ConfigureAwait(false);
        foreach (var (table, ddl) in new[] { (ModulesTable, CreateModules), (JournalTable, CreateJournal) })
        {
            var exists = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
                database.Dialect.TableExistsQuery, new { table }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
            if (exists == 0)
            {
                await connection.ExecuteAsync(new CommandDefinition(
                    PortableSql.Expand(ddl, database.Dialect, table), transaction: transaction, cancellationToken: cancellationToken))
                    .ConfigureAwait(false);
            }
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }
}
