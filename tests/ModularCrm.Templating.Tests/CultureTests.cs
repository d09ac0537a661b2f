using System.Globalization;

namespace ModularCrm.Templating.Tests;

public sealed class CultureTests
{
    [Fact]
    public void Render_DefaultOptions_FormatsNumbersInFrench()
    {
        Assert.Equal("2,5", Template.Parse("{{ 2.5 }}").Render());
    }

    [Fact]
    public void Render_Money_UsesFrenchGroupingAndEuro()
    {
        var text = Template.Parse("{{ 1254 | money }}").Render();

        // ICU fr-FR: narrow no-break space (U+202F) between thousands, no-break space (U+00A0) before the symbol.
        Assert.Equal("1\u202F254,00\u00A0€", text);
    }

    [Fact]
    public void Render_MathFormat_UsesRenderCulture()
    {
        var model = new Dictionary<string, object?> { ["total"] = 1254.5m };

        Assert.Equal("1\u202F254,50", Template.Parse("{{ total | math.format 'N2' }}").Render(model));
        Assert.Equal("1,254.50", Template.Parse("{{ total | math.format 'N2' }}").Render(model, new TemplateOptions { Culture = CultureInfo.InvariantCulture }));
    }

    [Fact]
    public void Render_DateToString_FormatsFrenchDate()
    {
        var model = new Dictionary<string, object?> { ["due"] = new DateTime(2026, 11, 22) };

        Assert.Equal("22/11/2026", Template.Parse("{{ due | date.to_string '%d/%m/%Y' }}").Render(model));
        Assert.Equal("22 novembre 2026", Template.Parse("{{ due | date.to_string '%d %B %Y' }}").Render(model));
    }

    [Fact]
    public void Render_DateParseWithOffset_ConvertsToTheRenderTimeZone()
    {
        var paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
        var template = Template.Parse("{{ date.parse '2021-11-30T09:50:23Z' | date.to_string '%H:%M' }}");

        Assert.Equal("09:50", template.Render(null, new TemplateOptions { TimeZone = TimeZoneInfo.Utc }));
        Assert.Equal("10:50", template.Render(null, new TemplateOptions { TimeZone = paris }));
    }
}
