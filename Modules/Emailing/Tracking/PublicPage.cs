using System.Net;
using Microsoft.AspNetCore.Http;

namespace ModularCrm.Modules.Emailing.Tracking;

/// <summary>The small HTML pages a recipient sees without signing in.</summary>
internal static class PublicPage
{
    public static IResult Show(string title, string bodyHtml, int status = StatusCodes.Status200OK) =>
        Results.Content(
            $"""
            <!DOCTYPE html>
            <html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{WebUtility.HtmlEncode(title)}</title></head>
            <body style="font-family:sans-serif;max-width:32rem;margin:3rem auto;padding:0 1rem"><h1 style="font-size:1.4rem">{WebUtility.HtmlEncode(title)}</h1>{bodyHtml}</body></html>
            """,
            "text/html; charset=utf-8",
            statusCode: status);

    public static IResult InvalidLink() =>
        Show("Lien invalide", "<p>Ce lien est incomplet ou a été modifié. Copiez-le en entier depuis le message reçu.</p>", StatusCodes.Status400BadRequest);
}
