using BenchmarkDotNet.Attributes;
using HandlebarsDotNet;

namespace ModularCrm.Templating.Benchmarks;

/// <summary>The 20-line invoice (HTML, encoded output) in both engines: parse and render measured separately.</summary>
[MemoryDiagnoser]
[MinColumn]
public class InvoiceBenchmarks
{
    private readonly Invoice _invoice = SampleData.Invoice();
    private readonly TemplateOptions _options = new() { Culture = System.Globalization.CultureInfo.GetCultureInfo("fr-FR") };
    private IHandlebars _handlebars = null!;
    private Template _scriban = null!;
    private HandlebarsTemplate<object, object> _compiled = null!;

    /// <summary>Parses once for the render benchmarks.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _handlebars = HandlebarsSetup.Create();
        _scriban = Template.Parse(Templates.InvoiceScriban, "invoice", TemplateMode.Html);
        _compiled = _handlebars.Compile(Templates.InvoiceHandlebars);

        // The comparison is only fair while both engines produce the same text.
        if (RenderModularCrm() != RenderHandlebars())
        {
            throw new InvalidOperationException("The invoice templates no longer render the same output in both engines.");
        }
    }

    /// <summary>ModularCrm.Templating parse.</summary>
    [Benchmark]
    public Template ParseModularCrm() => Template.Parse(Templates.InvoiceScriban, "invoice", TemplateMode.Html);

    /// <summary>Handlebars.Net compile.</summary>
    [Benchmark]
    public HandlebarsTemplate<object, object> ParseHandlebars() => _handlebars.Compile(Templates.InvoiceHandlebars);

    /// <summary>ModularCrm.Templating render.</summary>
    [Benchmark(Baseline = true)]
    public string RenderModularCrm() => _scriban.Render(_invoice, _options);

    /// <summary>Handlebars.Net render.</summary>
    [Benchmark]
    public string RenderHandlebars() => _compiled(_invoice);
}
