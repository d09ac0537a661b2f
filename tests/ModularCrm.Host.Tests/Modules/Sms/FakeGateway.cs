using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ModularCrm.Host.Tests.Modules.Sms;

/// <summary>
/// An operator's SMS gateway played by a real Kestrel server on 127.0.0.1 (a free port): it records every request and
/// answers <c>{ "id": "gw-n" }</c>, or an error status for as many requests as the test asks.
/// </summary>
internal sealed class FakeGateway : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentQueue<GatewayRequest> requests = new();
    private int failures;
    private int failureStatus;
    private bool echo;
    private int accepted;

    private FakeGateway(WebApplication app) => this.app = app;

    public string Url { get; private set; } = string.Empty;

    public IReadOnlyList<GatewayRequest> Requests => [.. requests];

    public IReadOnlyList<GatewayRequest> Accepted => requests.Where(r => r.Answered == 200).ToList();

    public static async Task<FakeGateway> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        var gateway = new FakeGateway(builder.Build());
        gateway.app.MapPost("/api/sms/send", gateway.ReceiveAsync);
        await gateway.app.StartAsync();
        var address = gateway.app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        gateway.Url = address + "/api/sms/send";
        return gateway;
    }

    /// <summary>
    /// The next <paramref name="count"/> requests are answered <paramref name="status"/>; with <paramref name="echoCredentials"/>
    /// the error body repeats the request's Authorization header, as careless gateways do.
    /// </summary>
    public void FailNext(int count, int status, bool echoCredentials = false)
    {
        failureStatus = status;
        echo = echoCredentials;
        failures = count;
    }

    private async Task<IResult> ReceiveAsync(HttpRequest request)
    {
        using var body = await JsonDocument.ParseAsync(request.Body);
        var status = Interlocked.Decrement(ref failures) >= 0 ? failureStatus : 200;
        requests.Enqueue(new GatewayRequest(request.Headers.Authorization, request.ContentType ?? string.Empty, body.RootElement.Clone(), status));
        return status == 200
            ? Results.Json(new { id = $"gw-{Interlocked.Increment(ref accepted)}" })
            : Results.Json(new { error = echo ? $"refusé : {request.Headers.Authorization}" : "indisponible" }, statusCode: status);
    }

    public async ValueTask DisposeAsync() => await app.DisposeAsync();
}
