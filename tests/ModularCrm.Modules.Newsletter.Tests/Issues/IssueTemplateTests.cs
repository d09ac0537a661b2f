using ModularCrm.Modules.Newsletter.Issues;
using ModularCrm.Templating;

namespace ModularCrm.Modules.Newsletter.Tests.Issues;

public sealed class IssueTemplateTests
{
    private static readonly TemplateOptions Options = new();

    private static object Model(Subscriber s) => new { subscriber = s, shop = new { name = "Alpha" }, newsletter = new { name = "Actus", slug = "actus" } };

    [Fact]
    public void Check_UnclosedTagInBody_NamesTheFieldLineAndColumn()
    {
        var errors = IssueTemplate.Check("Bonjour", "Ligne un\nBonjour {{ subscriber.first_name }}{{ end }}");

        var message = Assert.Single(Assert.Single(errors).Value);
        Assert.Equal("body", Assert.Single(errors).Key);
        Assert.StartsWith("Personnalisation : ligne 2, colonne ", message);
    }

    [Fact]
    public void Check_TextWithoutTagsOrValidTags_HasNoErrors()
    {
        Assert.Empty(IssueTemplate.Check("{{ subscriber.first_name }}, nos nouveautés", "Un { seul } et {{ if subscriber.civility }}{{ subscriber.civility }}{{ end }}"));
        Assert.False(IssueTemplate.IsPersonal("Nos nouveautés", "Sans variable { ni } accolades doubles."));
    }

    [Fact]
    public void Markdown_TagsWithQuotesAndUnderscores_SurviveMarkdigAndValuesAreEncoded()
    {
        var template = IssueTemplate.Parse(
            "{{ subscriber.first_name }}, du nouveau",
            IssueFormats.Markdown,
            "**Bonjour {{ subscriber.first_name ?? \"cher client\" }}** {{ subscriber.last_name }}\n\n<b>brut</b>");

        var html = template.Content(Model(new Subscriber(null, "Zoé", "<i>Durand</i>", "z@example.fr")), Options);
        var nameless = template.Content(Model(Subscriber.Nobody), Options);

        Assert.Contains("<strong>Bonjour Zoé</strong> &lt;i&gt;Durand&lt;/i&gt;", html);
        Assert.Contains("&lt;b&gt;brut&lt;/b&gt;", html); // raw HTML in Markdown stays text
        Assert.Contains("<strong>Bonjour cher client</strong>", nameless);
        Assert.Equal("Zoé, du nouveau", template.Subject(Model(new Subscriber(null, "Zoé", null, "z@example.fr")), Options));
        Assert.Contains("Bonjour Zoé", template.Text(Model(new Subscriber(null, "Zoé", null, "z@example.fr")), Options));
    }

    [Fact]
    public void Html_ValuesAreEncodedAndThereIsNoTextTemplate()
    {
        var template = IssueTemplate.Parse("Promo", IssueFormats.Html, "<p>Bonjour {{ subscriber.civility }} {{ subscriber.last_name }}</p>");

        Assert.Equal("<p>Bonjour Mme O&#39;Hara</p>".Replace("&#39;", Encoded("'"), StringComparison.Ordinal), template.Content(Model(new Subscriber("Mme", null, "O'Hara", "o@example.fr")), Options));
        Assert.Null(template.Text(Model(Subscriber.Sample), Options));
    }

    // The engine's own encoding of one character, whatever entity it picks.
    private static string Encoded(string text) => Template.Parse("{{ v }}", "x", TemplateMode.Html).Render(new { v = text });
}
