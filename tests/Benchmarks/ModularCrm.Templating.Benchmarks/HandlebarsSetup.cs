using System.Globalization;
using HandlebarsDotNet;

namespace ModularCrm.Templating.Benchmarks;

/// <summary>A Handlebars environment with the formatting helpers the Scriban templates get from builtins.</summary>
public static class HandlebarsSetup
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    /// <summary>Creates the environment (helpers format with fr-FR, like the Scriban render).</summary>
    public static IHandlebars Create()
    {
        var handlebars = Handlebars.Create();
        handlebars.RegisterHelper("n2", (writer, context, arguments) => writer.WriteSafeString(((decimal)arguments[0]!).ToString("N2", French)));
        handlebars.RegisterHelper("percent", (writer, context, arguments) => writer.WriteSafeString((((decimal)arguments[0]!) * 100).ToString("0.#", French)));
        handlebars.RegisterHelper("date", (writer, context, arguments) => writer.WriteSafeString(((DateTime)arguments[0]!).ToString("dd/MM/yyyy", French)));
        handlebars.RegisterHelper("rowClass", (writer, context, arguments) => writer.WriteSafeString(Convert.ToInt32(arguments[0], CultureInfo.InvariantCulture) % 2 == 0 ? "even" : "odd"));
        return handlebars;
    }
}
