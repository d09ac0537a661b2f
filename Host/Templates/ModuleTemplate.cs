using ModularCrm.Templating;

namespace ModularCrm.Host.Templates;

/// <summary>A template a module ships: its default text, parsed once at startup, and its sample model if any.</summary>
/// <param name="ModuleId">The module that ships it.</param>
/// <param name="Path">The name relative to the module's <c>Templates/</c> folder, without <c>.sbn</c>.</param>
/// <param name="Mode">HTML for <c>.html</c>, text for anything else.</param>
/// <param name="DefaultText">The shipped text.</param>
/// <param name="Default">The shipped text, parsed (check <see cref="Template.HasErrors"/>: a module can ship a broken one).</param>
/// <param name="SampleJson">The text of <c>&lt;name&gt;.sample.json</c>, or null.</param>
internal sealed record ModuleTemplate(string ModuleId, string Path, TemplateMode Mode, string DefaultText, Template Default, string? SampleJson)
{
    /// <summary>The name used for overrides and in the API: <c>&lt;module id&gt;/&lt;path&gt;</c>.</summary>
    public string FullName => $"{ModuleId}/{Path}";
}
