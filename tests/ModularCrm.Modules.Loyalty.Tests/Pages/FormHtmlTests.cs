using ModularCrm.Modules.Loyalty.Pages;

namespace ModularCrm.Modules.Loyalty.Tests.Pages;

public sealed class FormHtmlTests
{
    [Fact]
    public void Fields_ValueWithMarkup_IsEncodedAndTheErrorIsTiedToItsInput()
    {
        var html = FormHtml.Fields([new FormField("name", "Nom du programme", "<b>\"Été\" & co</b>", "Obligatoire.")]);

        Assert.Contains("value=\"&lt;b&gt;&quot;Été&quot; &amp; co&lt;/b&gt;\"", html);
        Assert.Contains("aria-invalid=\"true\" aria-describedby=\"name-error\"", html);
        Assert.Contains("<p class=\"field-error\" id=\"name-error\">Obligatoire.</p>", html);
        Assert.Contains("<label for=\"name\">Nom du programme</label>", html);
    }

    [Fact]
    public void Fields_SelectAndCheckbox_MarkTheCurrentValue()
    {
        var html = FormHtml.Fields(
        [
            new FormField("kind", "Type", "stamps", null, "select") { Options = [new("points", "Points", false), new("stamps", "Tampons", true)] },
            new FormField("active", "Actif", "on", null, "checkbox"),
        ]);

        Assert.Contains("<option value=\"stamps\" selected>Tampons</option>", html);
        Assert.Contains("<option value=\"points\">Points</option>", html);
        Assert.Contains("type=\"checkbox\" value=\"on\" checked", html);
        Assert.DoesNotContain("aria-invalid", html);
    }
}
