using Dapper;
using ModularCrm.Host.Core;
using ModularCrm.Host.Data;

namespace ModularCrm.Host.Web;

/// <summary>
/// <c>/health</c>: 200 when the database answers (status <c>degraded</c> when a module is failed or refused),
/// 503 when it does not. Lists every module with its state and reason so an operator sees why at a glance.
/// </summary>
internal static class HealthEndpoint
{
    public static void Map(IEndpointRouteBuilder app) => app.MapGet("/health", CheckAsync).WithTags("Platform");

    private static async Task<IResult> CheckAsync(Database db, ModuleRuntime modules, CancellationToken ct)
    {
        string database;
        var healthy = true;
        try
        {
            await using var connection = await db.OpenAsync(ct);
            await connection.ExecuteScalarAsync<int>(new CommandDefinition("SELECT 1", cancellationToken: ct));
            database = "ok";
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The exception text of a driver may carry the server name but never the password; keep only its type.
            database = $"unreachable ({ex.GetType().Name})";
            healthy = false;
        }

        var found = modules.Infos();
        var status = !healthy ? "unhealthy" : found.All(m => m.IsRunning) ? "healthy" : "degraded";
        var body = new
        {
            status,
            database = new { provider = db.Dialect.Name, state = database },
            modules = found.Select(m => new { id = m.Id, version = m.Version, state = m.State, reason = m.Reason }),
        };
        return Results.Json(body, statusCode: healthy ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
    }
}
