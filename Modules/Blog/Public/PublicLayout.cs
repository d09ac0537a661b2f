using Microsoft.AspNetCore.Http;
using static ModularCrm.Modules.Blog.Html;

namespace ModularCrm.Modules.Blog.Public;

/// <summary>The public blog's page: the shop's name as the site, feed links, the page's own meta tags, plain CSS.</summary>
internal static class PublicLayout
{
    private const string Style =
        "body{font-family:system-ui,sans-serif;max-width:44rem;margin:0 auto;padding:0 1rem;line-height:1.6;color:#222}" +
        "header.site{display:flex;justify-content:space-between;align-items:center;flex-wrap:wrap;border-bottom:1px solid #ddd;margin-bottom:1.5rem}" +
        "header.site a{color:inherit;text-decoration:none}article.summary{border-bottom:1px solid #eee;padding:.5rem 0 1rem}" +
        ".meta{color:#666;font-size:.9rem}.tags a{margin-right:.5rem}img.cover{max-width:100%;height:auto}" +
        ".hp{position:absolute;left:-10000px}.notice{padding:.5rem 1rem;background:#eef6ee;border-left:4px solid #3a3}" +
        ".error{color:#b00}.field{margin:.5rem 0}label{display:block}input,textarea{width:100%;max-width:36rem}nav.pages{margin:1rem 0}";

    /// <param name="head">Meta tags of the page (already encoded).</param>
    public static IResult Page(string shopName, PublicUrls urls, string title, string head, string body, int status = StatusCodes.Status200OK) =>
        Results.Content(
            $"""
            <!DOCTYPE html>
            <html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{E(title)}</title>
            <link rel="alternate" type="application/rss+xml" title="{E(shopName)} (RSS)" href="{E(urls.Rss)}">
            <link rel="alternate" type="application/atom+xml" title="{E(shopName)} (Atom)" href="{E(urls.Atom)}">
            {head}
            <style>{Style}</style></head>
            <body><header class="site"><p><a href="{E(urls.Root)}"><strong>{E(shopName)}</strong> — le blog</a></p>
            <form role="search" method="get" action="{E(urls.Root)}/search"><label for="q" class="hp">Rechercher</label><input id="q" type="search" name="q" placeholder="Rechercher un article" aria-label="Rechercher un article"></form></header>
            <main>{body}</main>
            <footer class="meta"><p><a href="{E(urls.Rss)}">Flux RSS</a> · <a href="{E(urls.Atom)}">Flux Atom</a></p></footer></body></html>
            """,
            "text/html; charset=utf-8",
            statusCode: status);

    public static IResult NotFound(string shopName, PublicUrls urls) =>
        Page(shopName, urls, "Page introuvable", "<meta name=\"robots\" content=\"noindex\">", "<h1>Page introuvable</h1><p>Cet article n'existe pas ou n'est plus en ligne.</p>", StatusCodes.Status404NotFound);
}
