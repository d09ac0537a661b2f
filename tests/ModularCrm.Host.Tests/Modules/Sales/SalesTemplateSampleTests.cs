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

    public static TheoryData<string> MailTemplates => new()
    {
        "reminder.subject.txt", "reminder.txt", "reminder.html", "document.subject.txt", "document.txt", "document.html",
    };

    [Theory]
    [MemberData(nameof(MailTemplates))]
    public void MailTemplate_RendersItsSample_WithNumberCustomerAndShop(string name)
    {
        var folder = Path.Combine(RepoPaths.Root, "Modules", "Sales", "Templates", "mail");
        var sampleJson = File.ReadAllText(Path.Combine(folder, $"{name}.sample.json"));
        var template = Template.Parse(File.ReadAllText(Path.Combine(folder, $"{name}.sbn")), $"mail/{name}", name.EndsWith(".html", StringComparison.Ordinal) ? TemplateMode.Html : TemplateMode.Text);

        var text = template.HasErrors ? string.Join('\n', template.Errors) : template.Render(SampleModel.Parse(sampleJson)!, new TemplateOptions());

        Assert.False(template.HasErrors, text);
        Assert.Contains(name.StartsWith("reminder", StringComparison.Ordinal) ? "FA2026-00001" : "DE2026-0001", text);
        Assert.Contains("Poterie du Lauragais", text);
        if (!name.Contains("subject", StringComparison.Ordinal))
        {
            Assert.Contains("Atelier Revel", text);
        }
    }
}
