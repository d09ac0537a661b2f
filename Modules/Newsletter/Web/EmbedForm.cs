using ModularCrm.Modules.Newsletter.Lists;

namespace ModularCrm.Modules.Newsletter.Web;

/// <summary>
/// The sign-up form a shop pastes into its own site: a plain HTML form posting to the public sign-up address, with the
/// honeypot field bots fill in. No script, no cookie: it works on a static page of any host.
/// </summary>
internal static class EmbedForm
{
    public const string Honeypot = "website";

    public static string Html(NewsletterList list, PublicLinks links, string? error = null, string? email = null) =>
        $"""
        <form method="post" action="{Markup.Encode(links.SubscribePost(list.Slug))}" class="modularcrm-newsletter">
          {(error is null ? string.Empty : $"<p role=\"alert\" style=\"color:#b00020\">{Markup.Encode(error)}</p>")}
          <label>Adresse e-mail <input type="email" name="email" required maxlength="254" value="{Markup.Encode(email ?? string.Empty)}"></label>
          <label>Prénom (facultatif) <input type="text" name="firstName" maxlength="100"></label>
          <label style="position:absolute;left:-10000px" aria-hidden="true">Ne pas remplir <input type="text" name="{Honeypot}" tabindex="-1" autocomplete="off"></label>
          <button type="submit">S'inscrire à « {Markup.Encode(list.Name)} »</button>
          <small>Vous recevrez un e-mail pour confirmer votre inscription. Désinscription possible dans chaque lettre.</small>
        </form>
        """;
}
