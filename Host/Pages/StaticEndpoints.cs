using System.Security.Cryptography;

namespace ModularCrm.Host.Pages;

/// <summary>The stylesheet, embedded in the host assembly and served with a content hash as ETag.</summary>
internal static class StaticEndpoints
{
    public const string StylesheetPath = "/static/app.css";
    private const string Resource = "ModularCrm.Host.Static.app.css";

    public static void Map(IEndpointRouteBuilder app)
    {
        var css = Load();
        var etag = "\"" + Convert.ToHexString(SHA256.HashData(css))[..16] + "\"";
        app.MapGet(StylesheetPath, (HttpContext http) =>
        {
            http.Response.Headers.ETag = etag;
            http.Response.Headers.CacheControl = "public, max-age=3600";
            return http.Request.Headers.IfNoneMatch == etag ? Results.StatusCode(StatusCodes.Status304NotModified) : Results.Bytes(css, "text/css; charset=utf-8");
        }).ExcludeFromDescription();
    }

    private static byte[] Load()
    {
        using var stream = typeof(StaticEndpoints).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"Embedded resource {Resource} is missing from the host assembly.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
