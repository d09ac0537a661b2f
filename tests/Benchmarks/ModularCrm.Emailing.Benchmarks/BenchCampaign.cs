using ModularCrm.Modules.Emailing.Campaigns;

namespace ModularCrm.Emailing.Benchmarks;

/// <summary>A realistic newsletter: personalised subject and greeting, three tracked links, about 1.5 KB of HTML.</summary>
internal static class BenchCampaign
{
    public static ValidCampaign Create(long segmentId) =>
        new(
            "Automne",
            "{{ contact.first_name }}, notre collection d'automne est là",
            """
            <!DOCTYPE html><html lang="fr"><body style="font-family:sans-serif;max-width:600px;margin:auto">
            <h1>Bonjour {{ contact.civility }} {{ contact.last_name }},</h1>
            <p>{{ contact.first_name }}, la nouvelle collection d'automne vient d'arriver dans votre boutique {{ shop.name }}.
            Pulls en laine, vestes légères et accessoires : venez les découvrir avant tout le monde.</p>
            <p><a href="https://boutique.fr/automne?utm_source=mail">Voir la collection</a></p>
            <p><a href="https://boutique.fr/magasin">Nos horaires</a> · <a href="https://boutique.fr/fidelite">Votre fidélité</a></p>
            <p style="font-size:12px;color:#666">Vous recevez ce message car vous êtes client·e de {{ shop.name }}.
            <a href="{{ unsubscribe_url }}">Se désabonner</a></p>
            </body></html>
            """,
            "Bonjour {{ contact.first_name }},\nla collection d'automne est arrivée : https://boutique.fr/automne\nSe désabonner : {{ unsubscribe_url }}\n",
            segmentId,
            "Nouveautés",
            false);
}
