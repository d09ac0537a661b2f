namespace ModularCrm.Templating.Tests;

public sealed class TemplateTests
{
    [Fact]
    public void Parse_InvalidTemplate_ReportsNameLineColumnAndScribanFormat()
    {
        var template = Template.Parse("Hello\n{{ if true }}", "invoice.html");

        Assert.True(template.HasErrors);
        var error = Assert.Single(template.Errors);
        Assert.Equal("invoice.html", error.TemplateName);
        Assert.Equal(2, error.Line);
        Assert.StartsWith("invoice.html(2,", error.ToString(), StringComparison.Ordinal);
        Assert.Contains(" : error : ", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_TemplateWithErrors_ThrowsInsteadOfRenderingGarbage()
    {
        var template = Template.Parse("{{ (1 + }}", "broken");

        Assert.Throws<InvalidOperationException>(() => template.Render());
    }

    [Fact]
    public void Render_RuntimeError_ThrowsWithTemplateNameLineAndColumn()
    {
        var template = Template.Parse("line one\n{{ x = null }}{{ x.y }}", "mail");

        var exception = Assert.Throws<TemplateRuntimeException>(() => template.Render());

        Assert.Equal("mail", exception.TemplateName);
        Assert.Equal(2, exception.Line);
        Assert.Equal(20, exception.Column);
        Assert.Equal("mail(2,20) : error : Cannot get the member x.y for a null object.", exception.Message);
    }

    [Fact]
    public async Task RenderAsync_SameTemplate_GivesSameOutputAsRender()
    {
        var template = Template.Parse("{{ for i in 1..3 }}{{ i }},{{ end }}");

        Assert.Equal("1,2,3,", await template.RenderAsync());
        Assert.Equal("1,2,3,", template.Render());
    }

    [Fact]
    public void Render_DictionaryModel_ExposesKeysAsVariables()
    {
        var model = new Dictionary<string, object?> { ["name"] = "Zoé", ["items"] = new List<object?> { 1, 2 } };

        var text = Template.Parse("{{ name }} has {{ items.size }} items").Render(model);

        Assert.Equal("Zoé has 2 items", text);
    }
}
