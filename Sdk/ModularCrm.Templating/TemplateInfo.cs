namespace ModularCrm.Templating;

/// <summary>Placeholder so the project builds until the engine lands.</summary>
internal static class TemplateInfo
{
    internal const string Language = "scriban";
}
