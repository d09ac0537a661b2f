using ModularCrm.Modules.Sms.Settings;

namespace ModularCrm.Modules.Sms.Providers;

/// <summary>The provider a shop chose in its settings.</summary>
internal sealed class ProviderFactory(SmsOptions options, HttpClient http)
{
    public ISmsProvider For(SmsSettings settings, long shopId) =>
        settings.Provider == SmsProviders.Http && Uri.TryCreate(settings.Endpoint, UriKind.Absolute, out var endpoint)
            ? new HttpGatewayProvider(http, endpoint, settings.Login, settings.Password)
            : new FileOutboxProvider(options.FileDirectory, shopId);
}
