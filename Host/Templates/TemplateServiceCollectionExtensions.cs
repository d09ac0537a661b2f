using ModularCrm.Sdk.Templates;

namespace ModularCrm.Host.Templates;

/// <summary>Registers template discovery, overrides and the SDK's <see cref="ITemplateRenderer"/>.</summary>
internal static class TemplateServiceCollectionExtensions
{
    public static IServiceCollection AddModuleTemplates(this IServiceCollection services)
    {
        services.AddSingleton<TemplateCatalog>();
        services.AddSingleton<TemplateOverrideStore>();
        services.AddSingleton<ShopTemplates>();
        services.AddScoped<ITemplateRenderer, ModuleTemplateRenderer>();
        return services;
    }
}
