using System.Text.Json;

namespace ModularCrm.Host.Tests.Modules.Sms;

/// <summary>One request the fake gateway received, and the status it answered.</summary>
internal sealed record GatewayRequest(string? Authorization, string ContentType, JsonElement Body, int Answered)
{
    public string Text(string property) => Body.GetProperty(property).GetString()!;
}
