using System.Diagnostics;
using System.Globalization;
using ModularCrm.Modules.Newsletter.Issues;
using ModularCrm.Templating;

// Usage: dotnet run -c Release --project tests/Benchmarks/ModularCrm.Newsletter.Bench -- [recipients]
// Renders one personal Markdown issue (~3 KB, the module's default layout) for N recipients three ways and prints the
// time per recipient: the module's way (layout once, templates parsed once), per-recipient parse (templates parsed for
// each one), and the naive way (Markdown and layout per recipient). The database lookups of a real send are not in it.
var recipients = args.Length > 0 && int.TryParse(args[0], out var n) && n > 0 ? n : 100_000;
var layoutSource = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "layout.html.sbn"));
var layout = Template.Parse(layoutSource, "layout.html", TemplateMode.Html);
var subject = "{{ subscriber.first_name }}, les nouveautés de novembre";
var body = string.Concat(Enumerable.Repeat(
    "## Bonjour {{ subscriber.first_name }}\n\nCe mois-ci, **du thé** et [des ateliers](https://boutique.fr/ateliers) pour vous, {{ subscriber.civility }} {{ subscriber.last_name }}.\n\n- un\n- deux\n\n",
    16));
var options = new TemplateOptions { Culture = CultureInfo.GetCultureInfo("fr-FR") };
var people = Enumerable.Range(0, 1000).Select(i => new Subscriber(i % 2 == 0 ? "Mme" : "M.", $"Prénom{i}", $"Nom{i}", $"p{i}@exemple.fr")).ToArray();
object Model(Subscriber s) => new { subscriber = s, shop = new { name = "Boutique" }, newsletter = new { name = "Actus", slug = "actus" } };
string Layout(string subjectText, string content) => layout.Render(
    new { shop = new { name = "Boutique" }, newsletter = new { name = "Actus", slug = "actus", description = (string?)null }, issue = new { subject = subjectText, content_html = content, sent_on = "23 novembre 2026" }, archive_url = "https://crm.fr/p/b/newsletter/actus/archive" },
    options);

Console.WriteLine($"{recipients:N0} recipients, body {body.Length:N0} characters, {Environment.ProcessorCount} cores");
Measure("module: layout once, parsed once", () =>
{
    var rendering = IssueRendering.PerRecipient(
        IssueTemplate.Parse(subject, IssueFormats.Markdown, body), Layout("SUBJ", "BODY"), "SUBJ", "BODY", Model, options, "https://crm.fr/archive");
    var total = 0L;
    for (var i = 0; i < recipients; i++)
    {
        total += rendering.Render(people[i % people.Length]).Html.Length;
    }

    return total;
});
Measure("parsed per recipient", () =>
{
    var total = 0L;
    for (var i = 0; i < recipients; i++)
    {
        var template = IssueTemplate.Parse(subject, IssueFormats.Markdown, body);
        total += (Layout("x", template.Content(Model(people[i % people.Length]), options)) + template.Subject(Model(people[i % people.Length]), options)).Length;
    }

    return total;
}, Math.Min(recipients, 10_000));
Measure("naive: Markdown and layout per recipient", () =>
{
    var total = 0L;
    for (var i = 0; i < recipients; i++)
    {
        var p = people[i % people.Length];
        var markdown = body.Replace("{{ subscriber.first_name }}", p.FirstName, StringComparison.Ordinal).Replace("{{ subscriber.civility }}", p.Civility, StringComparison.Ordinal)
            .Replace("{{ subscriber.last_name }}", p.LastName, StringComparison.Ordinal);
        total += Layout(subject, IssueRenderer.ContentHtml(IssueFormats.Markdown, markdown)).Length;
    }

    return total;
}, Math.Min(recipients, 10_000));

void Measure(string name, Func<long> run, int? count = null)
{
    var saved = recipients;
    recipients = count ?? recipients;
    run(); // warm-up on the same work
    var allocated = GC.GetTotalAllocatedBytes(precise: true);
    var clock = Stopwatch.StartNew();
    var chars = run();
    clock.Stop();
    allocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;
    Console.WriteLine(
        $"{name,-42} {recipients,8:N0} recipients  {clock.Elapsed.TotalSeconds,7:F2} s  {clock.Elapsed.TotalMicroseconds / recipients,8:F1} µs/recipient  " +
        $"{allocated / recipients / 1024.0,7:F1} KiB/recipient  ({chars / recipients:N0} chars each)");
    recipients = saved;
}
