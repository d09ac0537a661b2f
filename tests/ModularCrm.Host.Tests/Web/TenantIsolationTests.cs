using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using ModularCrm.Host.Shops;
using ModularCrm.Host.Tests.Infrastructure;
using ModularCrm.Host.Users;

namespace ModularCrm.Host.Tests.Web;

/// <summary>
/// Every endpoint the app registers under a <c>{shop}</c> is called for shop B by people of shop A; none may
/// answer anything but 404/403 (and 401 without credentials). New endpoints are covered without touching this test.
/// </summary>
public sealed class TenantIsolationTests
{
    [Fact]
    public async Task EveryShopEndpoint_CalledForAnotherShop_IsRefused()
    {
        using var app = new CrmApp();
        var alpha = await app.CreateShopAsync("alpha", "contacts", "sales");
        var beta = await app.CreateShopAsync("beta", "contacts", "sales");
        using var betaStaff = await app.ClientForAsync(beta, ShopRole.Admin);
        Assert.Equal(HttpStatusCode.Created, (await betaStaff.PostAsync("/api/shops/beta/contacts/contacts", Json("""{"kind":"person","lastName":"Secret"}"""))).StatusCode);

        using var alphaToken = await app.ClientForAsync(alpha, ShopRole.Admin);
        var cookieEmail = $"alpha{Guid.NewGuid():N}@example.fr";
        var cookieUser = await app.Services.GetRequiredService<UserStore>().CreateAsync(cookieEmail, "correct horse battery", "Alpha", false, CancellationToken.None);
        await app.Services.GetRequiredService<UserStore>().GrantAsync(cookieUser.Id, alpha, ShopRole.Admin, CancellationToken.None);
        using var alphaCookie = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        await CrmApp.SignInAsync(alphaCookie, cookieEmail, "correct horse battery");
        using var anonymous = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var endpoints = ShopEndpoints(app).ToList();
        Assert.Contains(endpoints, e => e.Url.Contains("/contacts/contacts", StringComparison.Ordinal));
        // Pages too: the shop home, its administration and the modules' own pages.
        Assert.Contains(endpoints, e => e.Url == "/shops/beta");
        Assert.Contains(endpoints, e => e.Method == "POST" && e.Url.StartsWith("/shops/beta/_admin/", StringComparison.Ordinal));
        Assert.Contains(endpoints, e => e.Url == "/shops/beta/contacts/1");
        Assert.Contains(endpoints, e => e.Method == "POST" && e.Url == "/shops/beta/contacts/new");
        var alphaForm = await alphaCookie.GetStringAsync("/shops/alpha/contacts/new");
        var antiforgery = System.Net.WebUtility.HtmlDecode(
            System.Text.RegularExpressions.Regex.Match(alphaForm, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value);
        Assert.NotEmpty(antiforgery);
        var leaks = new List<string>();
        foreach (var (method, url, multipart) in endpoints)
        {
            foreach (var (who, client, allowed) in new[]
            {
                ("token of shop A", alphaToken, new[] { HttpStatusCode.NotFound, HttpStatusCode.Forbidden }),
                ("cookie of shop A", alphaCookie, new[] { HttpStatusCode.NotFound, HttpStatusCode.Forbidden }),
                // A module's public paths (/p/{shop}/{module}, MapPublic) take no login: refused there by 404 (module not
                // enabled for that shop) or by their own signed-token check (400).
                ("anonymous", anonymous, url.StartsWith("/p/", StringComparison.Ordinal)
                    ? new[] { HttpStatusCode.NotFound, HttpStatusCode.BadRequest }
                    : new[] { HttpStatusCode.Unauthorized, HttpStatusCode.Redirect, HttpStatusCode.Found }),
            })
            {
                using var request = new HttpRequestMessage(new HttpMethod(method), url);
                if (method is "POST" or "PUT" or "PATCH")
                {
                    // A page gets a form with a valid antiforgery token of the caller's own shop: the refusal must come
                    // from the tenant check, not from a missing token.
                    var form = new Dictionary<string, string>
                    {
                        ["__RequestVerificationToken"] = antiforgery, ["kind"] = "person", ["lastName"] = "Intrus",
                        ["name"] = "Intrus", ["email"] = "intrus@example.fr", ["role"] = "admin", ["text"] = "Intrus",
                    };
                    // Routing itself answers 415 to a body type an endpoint does not accept (file uploads take
                    // multipart only), before any tenant check: send what the endpoint declares, so the check is reached.
                    request.Content = multipart ? Multipart(form)
                        : url.StartsWith("/api/", StringComparison.Ordinal) ? Json("""{"kind":"person","lastName":"Intrus"}""")
                        : new FormUrlEncodedContent(form);
                }

                var response = await client.SendAsync(request);
                var body = await response.Content.ReadAsStringAsync();
                if (!allowed.Contains(response.StatusCode) || body.Contains("Secret", StringComparison.Ordinal))
                {
                    leaks.Add($"{who}: {method} {url} -> {(int)response.StatusCode}");
                }
            }
        }

        Assert.True(leaks.Count == 0, string.Join('\n', leaks));
        Assert.Contains("Secret", await betaStaff.GetStringAsync("/api/shops/beta/contacts/contacts"));
        Assert.DoesNotContain("Intrus", await betaStaff.GetStringAsync("/api/shops/beta/contacts/contacts"));
        Assert.Equal("Boutique beta", (await app.Services.GetRequiredService<ShopStore>().FindAsync("beta", CancellationToken.None))!.Name);
    }

    [Fact]
    public async Task EveryPlatformPage_ShopAdminOrAnonymous_IsRefused()
    {
        using var app = new CrmApp();
        var alpha = await app.CreateShopAsync("alpha", "contacts");
        var email = $"alpha{Guid.NewGuid():N}@example.fr";
        var user = await app.Services.GetRequiredService<UserStore>().CreateAsync(email, "correct horse battery", "Alpha", false, CancellationToken.None);
        await app.Services.GetRequiredService<UserStore>().GrantAsync(user.Id, alpha, ShopRole.Admin, CancellationToken.None);
        using var shopAdmin = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        await CrmApp.SignInAsync(shopAdmin, email, "correct horse battery");
        using var anonymous = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var ownPage = await shopAdmin.GetStringAsync("/shops/alpha/_admin/settings");
        var antiforgery = System.Net.WebUtility.HtmlDecode(
            System.Text.RegularExpressions.Regex.Match(ownPage, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value);

        var pages = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/admin", StringComparison.Ordinal) == true)
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => (Method: m, Url: "/" + string.Join('/', e.RoutePattern.PathSegments.Select(Segment)))))
            .ToList();
        Assert.Contains(pages, p => p.Url == "/admin/shops");
        var leaks = new List<string>();
        foreach (var (method, url) in pages)
        {
            foreach (var (who, client, allowed) in new[] { ("shop admin", shopAdmin, HttpStatusCode.Forbidden), ("anonymous", anonymous, HttpStatusCode.Redirect) })
            {
                using var request = new HttpRequestMessage(new HttpMethod(method), url);
                if (method == "POST")
                {
                    request.Content = new FormUrlEncodedContent(new Dictionary<string, string>
                    {
                        ["__RequestVerificationToken"] = antiforgery, ["slug"] = "intrus", ["name"] = "Intrus",
                    });
                }

                var response = await client.SendAsync(request);
                if (response.StatusCode != allowed)
                {
                    leaks.Add($"{who}: {method} {url} -> {(int)response.StatusCode}");
                }
            }
        }

        Assert.True(leaks.Count == 0, string.Join('\n', leaks));
        Assert.Null(await app.Services.GetRequiredService<ShopStore>().FindAsync("intrus", CancellationToken.None));
    }

    private static IEnumerable<(string Method, string Url, bool Multipart)> ShopEndpoints(CrmApp app)
    {
        var source = app.Services.GetRequiredService<EndpointDataSource>();
        foreach (var endpoint in source.Endpoints.OfType<RouteEndpoint>())
        {
            var pattern = endpoint.RoutePattern;
            if (pattern.GetParameter("shop") is null)
            {
                continue;
            }

            var url = "/" + string.Join('/', pattern.PathSegments.Select(Segment));
            var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET", "POST"];
            var accepts = endpoint.Metadata.GetMetadata<IAcceptsMetadata>()?.ContentTypes ?? [];
            var multipart = accepts.Count > 0 && accepts.All(type => type.StartsWith("multipart/", StringComparison.OrdinalIgnoreCase));
            foreach (var method in methods)
            {
                yield return (method, url, multipart);
            }
        }
    }

    private static string Segment(RoutePatternPathSegment segment) => string.Concat(segment.Parts.Select(part => part switch
    {
        RoutePatternLiteralPart literal => literal.Content,
        RoutePatternParameterPart { Name: "shop" } => "beta",
        RoutePatternParameterPart { IsCatchAll: true } => "anything",
        RoutePatternParameterPart => "1",
        _ => string.Empty,
    }));

    private static MultipartFormDataContent Multipart(IReadOnlyDictionary<string, string> fields)
    {
        var content = new MultipartFormDataContent();
        foreach (var (name, value) in fields)
        {
            content.Add(new StringContent(value), name);
        }

        return content;
    }

    private static StringContent Json(string json) => new(json, System.Text.Encoding.UTF8, "application/json");
}
