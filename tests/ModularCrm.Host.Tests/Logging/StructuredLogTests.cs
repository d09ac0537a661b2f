using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using ModularCrm.Host.Tests.Infrastructure;
using ModularCrm.Host.Users;

namespace ModularCrm.Host.Tests.Logging;

public sealed class StructuredLogTests
{
    [Fact]
    public async Task ModuleRequest_IsLoggedAsJsonWithRequestShopAndModule_AndNoSecrets()
    {
        using var app = new CrmApp();
        var shop = await app.CreateShopAsync("alpha", "contacts");
        using var client = await app.ClientForAsync(shop, ShopRole.Staff);
        var token = client.DefaultRequestHeaders.Authorization!.Parameter!;
        await client.PostAsJsonAsync("/api/shops/alpha/contacts/contacts", new { lastName = "Journal" });
        await app.Services.GetRequiredService<UserStore>().CreateAsync("log@example.fr", "mot de passe secret 42", "Log", false, CancellationToken.None);
        using var browser = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await CrmApp.SignInAsync(browser, "log@example.fr", "mauvais mot de passe 43");

        var lines = await ReadLogAsync(app);

        var properties = lines.Select(l => l.GetProperty("Properties"))
            .Single(p => p.TryGetProperty("Path", out var path) && path.GetString() == "/api/shops/alpha/contacts/contacts"
                && p.GetProperty("Method").GetString() == "POST");
        Assert.Equal("alpha", properties.GetProperty("Shop").GetString());
        Assert.Equal("contacts", properties.GetProperty("Module").GetString());
        Assert.False(string.IsNullOrEmpty(properties.GetProperty("RequestId").GetString()));
        Assert.Equal(201, properties.GetProperty("StatusCode").GetInt32());
        var all = string.Join('\n', lines.Select(l => l.GetRawText()));
        Assert.DoesNotContain(token, all);
        Assert.DoesNotContain("mauvais mot de passe", all);
        Assert.Contains(lines, l => l.GetProperty("MessageTemplate").GetString()!.StartsWith("Wrong password", StringComparison.Ordinal));
    }

    private static async Task<List<JsonElement>> ReadLogAsync(CrmApp app)
    {
        var lines = new List<JsonElement>();
        foreach (var file in Directory.GetFiles(app.LogDirectory, "*.json"))
        {
            await using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var reader = new StreamReader(stream);
            while (await reader.ReadLineAsync() is { } line)
            {
                if (line.Length > 0)
                {
                    lines.Add(JsonDocument.Parse(line).RootElement.Clone());
                }
            }
        }

        return lines;
    }
}
