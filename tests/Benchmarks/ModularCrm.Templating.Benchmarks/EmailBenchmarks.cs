using BenchmarkDotNet.Attributes;
using HandlebarsDotNet;

namespace ModularCrm.Templating.Benchmarks;

/// <summary>A short personalised email in both engines: parse and render measured separately.</summary>
[MemoryDiagnoser]
[MinColumn]
public class EmailBenchmarks
{
    private readonly EmailModel _model = SampleData.Email();
    private readonly TemplateOptions _options = new() { Culture = System.Globalization.CultureInfo.GetCultureInfo("fr-FR") };
    private IHandlebars _handlebars = null!;
    private Template _scriban = null!;
    private HandlebarsTemplate<object, object> _compiled = null!;

    /// <summary>Parses once for the render benchmarks.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _handlebars = HandlebarsSetup.Create();
        _scriban = Template.Parse(Templates.EmailScriban, "email", TemplateMode.Html);
        _compiled = _handlebars.Compile(Templates.EmailHandlebars);

        // The comparison is only fair while both engines produce the same text.
        if (RenderModularCrm() != RenderHandlebars())
        {
            throw new InvalidOperationException("The email templates no longer render the same output in both engines.");
        }
    }

    /// <summary>ModularCrm.Templating parse.</summary>
    [Benchmark]
    public Template ParseModularCrm() => Template.Parse(Templates.EmailScriban, "email", TemplateMode.Html);

    /// <summary>Handlebars.Net compile.</summary>
    [Benchmark]
    public HandlebarsTemplate<object, object> ParseHandlebars() => _handlebars.Compile(Templates.EmailHandlebars);

    /// <summary>ModularCrm.Templating render.</summary>
    [Benchmark(Baseline = true)]
    public string RenderModularCrm() => _scriban.Render(_model, _options);

    /// <summary>Handlebars.Net render.</summary>
    [Benchmark]
    public string RenderHandlebars() => _compiled(_model);
}
