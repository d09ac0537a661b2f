using ModularCrm.Sdk.Documents;

namespace ModularCrm.Host.Documents;

/// <summary>Registers the host's <see cref="IPdfRenderer"/> for modules.</summary>
internal static class PdfServiceCollectionExtensions
{
    public static IServiceCollection AddPdfRendering(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<PdfOptions>(configuration.GetSection("Pdf"));
        services.AddSingleton<PlaywrightPdfRenderer>();
        services.AddSingleton<IPdfRenderer>(sp => sp.GetRequiredService<PlaywrightPdfRenderer>());
        return services;
    }
}
