using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using ModularCrm.Sdk;

namespace ModularCrm.Fixtures.ThrowingApi;

/// <summary>Maps one endpoint, then fails while mapping.</summary>
public sealed class ThrowingApiStartup : ModuleStartup
{
    /// <summary>The message of the exception, for tests to find in the module's reason.</summary>
    public const string Failure = "fixture throwing-api: MapApi always fails";

    public override void MapApi(IEndpointRouteBuilder api)
    {
        api.MapGet("/ping", () => "pong");
        throw new InvalidOperationException(Failure);
    }
}
