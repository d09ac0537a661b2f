using Serilog;
using Serilog.Events;
using Serilog.Formatting.Json;

namespace ModularCrm.Host.Logging;

/// <summary>
/// Builds the Serilog logger: readable console lines for people, structured JSON in a rolling file for tools.
/// Levels can be tuned under the <c>Serilog</c> configuration section.
/// </summary>
internal static class SerilogSetup
{
    private const string ConsoleTemplate =
        "[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj} {Properties:j}{NewLine}{Exception}";

    public static Serilog.ILogger Create(IConfiguration configuration, string contentRoot)
    {
        var logDirectory = configuration["Logging:Directory"] is { Length: > 0 } configured
            ? Path.GetFullPath(configured, contentRoot)
            : Path.Combine(contentRoot, "logs");

        var logger = new LoggerConfiguration()
            .MinimumLevel.Information()
            .MinimumLevel.Override("Microsoft.AspNetCore", LogEventLevel.Warning)
            .MinimumLevel.Override("Microsoft.Hosting.Lifetime", LogEventLevel.Information)
            .ReadFrom.Configuration(configuration)
            .Enrich.FromLogContext()
            .Enrich.WithProperty("Application", "ModularCrm");

        if (!configuration.GetValue("Logging:DisableConsole", false))
        {
            logger = logger.WriteTo.Console(outputTemplate: ConsoleTemplate, formatProvider: System.Globalization.CultureInfo.InvariantCulture);
        }

        if (!configuration.GetValue("Logging:DisableFile", false))
        {
            logger = logger.WriteTo.File(
                new JsonFormatter(renderMessage: true),
                Path.Combine(logDirectory, "modularcrm-.json"),
                rollingInterval: RollingInterval.Day,
                retainedFileCountLimit: 14);
        }

        return logger.CreateLogger();
    }
}
