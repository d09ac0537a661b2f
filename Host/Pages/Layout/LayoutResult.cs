namespace ModularCrm.Host.Pages.Layout;

/// <summary>A page's content put inside <see cref="PageLayout"/> when the response is written.</summary>
internal sealed class LayoutResult(string title, string body, int statusCode = StatusCodes.Status200OK) : IResult
{
    public string Title => title;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var html = await httpContext.RequestServices.GetRequiredService<PageLayout>().RenderAsync(httpContext, title, body);
        httpContext.Response.StatusCode = statusCode;
        httpContext.Response.ContentType = "text/html; charset=utf-8";
        // Pages show one user's data: never kept by a shared cache, nor by the browser's back button after sign-out.
        httpContext.Response.Headers.CacheControl = "no-store";
        await httpContext.Response.WriteAsync(html, httpContext.RequestAborted);
    }
}
