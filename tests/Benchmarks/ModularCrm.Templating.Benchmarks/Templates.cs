namespace ModularCrm.Templating.Benchmarks;

/// <summary>The same documents written for both engines: both render byte-identical output from the same data.</summary>
public static class Templates
{
    /// <summary>Invoice, Scriban language.</summary>
    public const string InvoiceScriban = """
        <h1>Facture {{ number }}</h1>
        <p>Date : {{ issued_on | date.to_string '%d/%m/%Y' }}</p>
        <p>Client : {{ customer_name }}, {{ customer_city }}</p>
        <table>
        {{- for line in lines }}
          <tr class="{{ for.even ? 'even' : 'odd' }}"><td>{{ line.sku }}</td><td>{{ line.label }}</td><td>{{ line.quantity }}</td><td>{{ line.unit_price | math.format 'N2' }}</td><td>{{ line.total | math.format 'N2' }}</td></tr>
        {{- end }}
        </table>
        <table>
        {{- for v in vat }}
          <tr><td>TVA {{ v.rate * 100 | math.format '0.#' }} %</td><td>{{ v.base | math.format 'N2' }}</td><td>{{ v.amount | math.format 'N2' }}</td></tr>
        {{- end }}
        </table>
        <p>Total HT : {{ total_excluding_vat | math.format 'N2' }} €</p>
        <p>TVA : {{ total_vat | math.format 'N2' }} €</p>
        <p>Total TTC : {{ total_including_vat | math.format 'N2' }} €</p>
        """;

    /// <summary>Invoice, Handlebars (helpers `date`, `n2`, `percent`, `rowClass` do the formatting).</summary>
    public const string InvoiceHandlebars = """
        <h1>Facture {{Number}}</h1>
        <p>Date : {{date IssuedOn}}</p>
        <p>Client : {{CustomerName}}, {{CustomerCity}}</p>
        <table>
        {{#each Lines}}
          <tr class="{{rowClass @index}}"><td>{{Sku}}</td><td>{{Label}}</td><td>{{Quantity}}</td><td>{{n2 UnitPrice}}</td><td>{{n2 Total}}</td></tr>
        {{/each}}
        </table>
        <table>
        {{#each Vat}}
          <tr><td>TVA {{percent Rate}} %</td><td>{{n2 Base}}</td><td>{{n2 Amount}}</td></tr>
        {{/each}}
        </table>
        <p>Total HT : {{n2 TotalExcludingVat}} €</p>
        <p>TVA : {{n2 TotalVat}} €</p>
        <p>Total TTC : {{n2 TotalIncludingVat}} €</p>
        """;

    /// <summary>Email, Scriban language.</summary>
    public const string EmailScriban = """
        Bonjour {{ first_name }},
        {{ if is_vip }}Merci d'être un client fidèle de {{ shop_name }} !{{ else }}Merci pour votre visite chez {{ shop_name }}.{{ end }}
        Vous avez {{ points }} points.
        Vos offres :
        {{- for offer in offers }}
        - {{ offer }}
        {{- end }}
        À bientôt !
        """;

    /// <summary>Email, Handlebars.</summary>
    public const string EmailHandlebars = """
        Bonjour {{FirstName}},
        {{#if IsVip}}Merci d'être un client fidèle de {{ShopName}} !{{else}}Merci pour votre visite chez {{ShopName}}.{{/if}}
        Vous avez {{Points}} points.
        Vos offres :
        {{#each Offers}}
        - {{this}}
        {{/each}}
        À bientôt !
        """;
}
