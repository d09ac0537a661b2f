using ModularCrm.Modules.Newsletter.Issues;
using ModularCrm.Templating;

namespace ModularCrm.Modules.Newsletter.Tests.Issues;

public sealed class IssueRenderingTests
{
    [Fact]
    public void PerRecipient_LayoutRenderedOnce_SubjectEncodedAndContentInsertedAtEveryMarker()
    {
        var template = IssueTemplate.Parse("Pour {{ subscriber.first_name }}", IssueFormats.Html, "<p>Bonjour {{ subscriber.first_name }}</p>");
        var layout = "<title>SUBJ</title><h1>SUBJ</h1><main>BODY</main><footer>fin</footer>";
        var rendering = IssueRendering.PerRecipient(template, layout, "SUBJ", "BODY", s => new { subscriber = s }, new TemplateOptions(), "https://a.fr/archive");

        var anne = rendering.Render(new Subscriber(null, "Anne & Co", null, "anne@example.fr"));
        var paul = rendering.Render(new Subscriber(null, "Paul", null, "paul@example.fr"));

        Assert.True(rendering.IsPersonal);
        Assert.Equal("Pour Anne & Co", anne.Subject);
        Assert.StartsWith("<title>Pour Anne &amp; Co</title><h1>Pour Anne &amp; Co</h1><main><p>Bonjour Anne &amp; Co</p></main>", anne.Html);
        Assert.Equal("<title>Pour Paul</title><h1>Pour Paul</h1><main><p>Bonjour Paul</p></main><footer>fin</footer>", paul.Html);
        Assert.Null(paul.Text);
    }

    [Fact]
    public void Once_EveryRecipientGetsTheSameRenderedIssue()
    {
        var issue = new RenderedIssue("Promo", "<p>Promo</p>", null);
        var rendering = IssueRendering.Once(issue);

        Assert.False(rendering.IsPersonal);
        Assert.Same(issue, rendering.Render(Subscriber.Sample));
        Assert.Same(issue, rendering.Render(Subscriber.Nobody));
    }
}
