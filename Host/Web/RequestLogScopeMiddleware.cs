using System.Diagnostics;

namespace ModularCrm.Host.Web;

/// <summary>
/// Opens a log scope per request so every line written while serving it (by the host or a module) carries
/// the request id; shop and module are added by <see cref="ModuleEndpointMiddleware"/> once routing knows them.
/// </summary>
internal sealed class RequestLogScopeMiddleware(RequestDelegate next, ILogger<RequestLogScopeMiddleware> logger)
{
    /// <summary>Where <see cref="ModuleEndpointMiddleware"/> leaves the shop and module, for the request's closing line.</summary>
    public const string ShopScopeKey = "modularcrm.log-scope";

    public async Task InvokeAsync(HttpContext context)
    {
        var started = Stopwatch.GetTimestamp();
        using (logger.BeginScope(new Dictionary<string, object> { ["RequestId"] = context.TraceIdentifier }))
        {
            await next(context);
            using var shopScope = context.Items[ShopScopeKey] is Dictionary<string, object> shop ? logger.BeginScope(shop) : null;
            logger.LogInformation(
                "HTTP {Method} {Path} answered {StatusCode} in {ElapsedMs:0.0} ms",
                context.Request.Method,
                context.Request.Path.Value,
                context.Response.StatusCode,
                Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
    }
}
