namespace ModularCrm.Templating.Tests;

public sealed class HtmlModeTests
{
    private static readonly Dictionary<string, object?> Model = new() { ["name"] = "<script>alert('x')</script>" };

    [Fact]
    public void Render_HtmlMode_EncodesEveryOutput()
    {
        var text = Template.Parse("<p>{{ name }}</p>", "mail", TemplateMode.Html).Render(Model);

        Assert.Equal("<p>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;</p>", text);
    }

    [Fact]
    public void Render_HtmlMode_EncodesValuesBuiltByExpressionsAndFunctions()
    {
        var text = Template.Parse("{{ name + '!' }}{{ name | string.upcase }}{{ $\"{name}\" }}", "mail", TemplateMode.Html).Render(Model);

        Assert.DoesNotContain("<", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_HtmlMode_RawValueIsWrittenAsIs()
    {
        var text = Template.Parse("{{ '<b>bold</b>' | raw }}", "mail", TemplateMode.Html).Render();

        Assert.Equal("<b>bold</b>", text);
    }

    [Fact]
    public void Render_HtmlMode_CaptureIsNotEncodedTwice()
    {
        var text = Template.Parse("{{ capture c }}<i>{{ name }}</i>{{ end }}{{ c }}", "mail", TemplateMode.Html).Render(Model);

        Assert.Equal("<i>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;</i>", text);
    }

    [Fact]
    public void Render_TextMode_DoesNotEncode()
    {
        Assert.Equal("<script>alert('x')</script>", Template.Parse("{{ name }}").Render(Model));
    }
}
