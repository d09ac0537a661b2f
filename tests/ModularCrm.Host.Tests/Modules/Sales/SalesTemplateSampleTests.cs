using System.Text.Json;
using ModularCrm.Host.Templates;
using ModularCrm.Templating;
using ModularCrm.Testing;

namespace ModularCrm.Host.Tests.Modules.Sales;

public sealed class SalesTemplateSampleTests
{
    public static TheoryData<string> Documents => new() { "quote", "order", "delivery_note", "invoice", "credit_note" };

    [Theory]
    [MemberData(nameof(Documents))]
    public void DocumentTemplate_RendersItsSample_WithNumberCustomerAndMentions(string document)
    {
        var folder = Path.Combine(RepoPaths.Root, "Modules", "Sales", "Templates", "documents");
        var text = File.ReadAllText(Path.Combine(folder, $"{document}.html.sbn"));
        var sampleJson = File.ReadAllText(Path.Combine(folder, $"{document}.html.sample.json"));
        var sample = JsonSerializer.Deserialize<JsonElement>(sampleJson);

        var template = Template.Parse(text, $"documents/{document}.html", TemplateMode.Html);
        var html = template.HasErrors ? string.Join('\n', template.Errors) : template.Render(SampleModel.Parse(sampleJson)!, new TemplateOptions());

        Assert.False(template.HasErrors, html);
        Assert.Contains(sample.GetProperty("number").GetString()!, html);
        Assert.Contains("Atelier Revel", html);
        Assert.Contains("SIRET 732 829 320 00074", html);
        Assert.Contains("recouvrement", html);
    }
}
