using System.Globalization;

namespace ModularCrm.Templating.Tests.Builtins;

/// <summary>
/// `math.format` written as a `{{ }}` statement formats straight into the output: same text, culture, escaping,
/// limits and errors as the value path (`x = ... | math.format`), which still builds a string.
/// </summary>
public sealed class MathFormatTests
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");
    private static readonly Dictionary<string, object?> Model = new() { ["price"] = 1234.5m, ["count"] = 3, ["ratio"] = 0.055 };

    private sealed record Line(decimal UnitPrice, int Quantity, double Weight, decimal? Discount, DateTime ShippedOn);

    private struct Totals
    {
        public decimal Amount { get; set; }
    }

    private static readonly Dictionary<string, object?> HostModel = new()
    {
        ["line"] = new Line(1234.5m, 3, 0.25, null, new DateTime(2026, 11, 22)),
        ["totals"] = new Totals { Amount = 99.5m },
        ["fmt"] = "N1",
    };

    [Theory]
    [InlineData("{{ line.unit_price | math.format 'N2' }}", "1\u202F234,50")]
    [InlineData("{{ line.unit_price | math.format 'N2' 'en-US' }}", "1,234.50")]
    [InlineData("{{ line.quantity | math.format '000' }}", "003")]
    [InlineData("{{ line.weight | math.format 'F3' }}", "0,250")]
    [InlineData("{{ line.shipped_on | math.format 'dd/MM/yyyy' }}", "22/11/2026")]
    [InlineData("{{ line.discount | math.format 'N2' }}|", "|")]
    [InlineData("{{ totals.amount | math.format 'N2' }}", "99,50")]
    [InlineData("{{ line.unit_price | math.format fmt }}", "1\u202F234,5")]
    [InlineData("{{ line.unit_price | math.round }}", "1235")]
    [InlineData("{{ line.unit_price | math.format \"'<'0\" }}", "&lt;1235")]
    public void Render_HostMemberPipedToAFunction_GivesTheSameTextAsTheBoxedValue(string text, string expected)
    {
        var html = Template.Parse(text, "t", TemplateMode.Html).Render(HostModel);

        Assert.Equal(System.Text.RegularExpressions.Regex.Unescape(expected), html);
    }

    [Theory]
    [InlineData("{{ price | math.format 'N2' }}")]
    [InlineData("{{ math.format price 'N2' }}")]
    [InlineData("{{ x = price | math.format 'N2'; x }}")]
    public void Render_FormatStatementOrValue_GivesTheSameFrenchText(string text)
    {
        Assert.Equal(1234.5m.ToString("N2", French), Template.Parse(text, "t", TemplateMode.Html).Render(Model));
    }

    [Fact]
    public void Render_FormatWithCultureArgument_UsesThatCulture()
    {
        Assert.Equal("1,234.5|3,00|5,5", Template.Parse("{{ price | math.format 'N1' 'en-US' }}|{{ count | math.format 'N2' }}|{{ ratio * 100 | math.format '0.#' }}").Render(Model));
    }

    [Fact]
    public void Render_FormatLiteralWithMarkup_IsEncodedInHtmlOnly()
    {
        const string text = "{{ count | math.format \"'<b>'0\" }}";

        Assert.Equal("&lt;b&gt;3", Template.Parse(text, "t", TemplateMode.Html).Render(Model));
        Assert.Equal("<b>3", Template.Parse(text, "t", TemplateMode.Text).Render(Model));
    }

    [Fact]
    public void Render_FormatOfNullOrText_WritesWhatTheValuePathGives()
    {
        Assert.Equal("[][abc]", Template.Parse("[{{ missing | math.format 'N2' }}][{{ 'abc' | math.format 'N2' }}]").Render(Model));
    }

    [Theory]
    [InlineData("{{ line.weight | math.format 'D2' }}")]
    [InlineData("{{ w = line.weight; w | math.format 'D2' }}")]
    public void Render_InvalidFormatSpecifier_IsATemplateErrorWithPosition(string statement)
    {
        var template = Template.Parse("ligne 1\n  " + statement, "invoice");

        var exception = Assert.Throws<TemplateRuntimeException>(() => template.Render(HostModel));

        Assert.Equal(2, exception.Line);
        Assert.StartsWith("The function `format` failed: ", exception.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_FormattedOutputBeyondLimit_Fails()
    {
        var template = Template.Parse("{{ for i in 1..100 }}{{ price | math.format 'N2' }}{{ end }}", "big");

        var exception = Assert.Throws<TemplateRuntimeException>(() => template.Render(Model, new TemplateOptions { OutputLimit = 100 }));

        Assert.Contains("limit of 100 characters", exception.Reason, StringComparison.Ordinal);
    }
}
