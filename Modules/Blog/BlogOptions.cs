namespace ModularCrm.Modules.Blog;

/// <summary>The module's settings, from the host configuration section <c>Modules:blog</c>.</summary>
internal sealed class BlogOptions
{
    /// <summary>Where cover images go, one sub-folder per shop id.</summary>
    public string MediaDirectory { get; set; } = Path.Combine(AppContext.BaseDirectory, "data", "blog-media");

    /// <summary>The largest cover image accepted, in bytes.</summary>
    public long MaxCoverBytes { get; set; } = 2 * 1024 * 1024;

    /// <summary>
    /// The public site's address (<c>https://boutique.example.fr</c>) for absolute URLs; when empty, the address of the
    /// request (pages, feeds) or the one seen when the post was saved (announcements from the background job).
    /// </summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>Posts on each public list page.</summary>
    public int PageSize { get; set; } = 10;

    /// <summary>The shortest time between showing the comment form and sending it: people read first, robots do not.</summary>
    public TimeSpan MinimumFillTime { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>How long a shown comment form stays valid.</summary>
    public TimeSpan MaximumFillTime { get; set; } = TimeSpan.FromHours(12);

    /// <summary>Comments one IP address may post in <see cref="CommentWindow"/>.</summary>
    public int CommentsPerWindow { get; set; } = 3;

    public TimeSpan CommentWindow { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How long commenters' IP addresses are kept (the RGPD retention in module.json).</summary>
    public TimeSpan IpRetention { get; set; } = TimeSpan.FromDays(365);

    /// <summary>The base of absolute URLs: <see cref="PublicBaseUrl"/> when set, otherwise <paramref name="seen"/>.</summary>
    public string BaseUrl(string? seen) =>
        (string.IsNullOrWhiteSpace(PublicBaseUrl) ? seen ?? "http://localhost" : PublicBaseUrl).TrimEnd('/');
}
