namespace ModularCrm.Sdk.Templates;

/// <summary>Thrown by <see cref="ITemplateRenderer"/> when the calling module ships no template of the given name.</summary>
public sealed class TemplateNotFoundException : Exception
{
    /// <summary>Creates the exception for a module and a template name.</summary>
    /// <param name="moduleId">The calling module.</param>
    /// <param name="name">The name that was asked for.</param>
    public TemplateNotFoundException(string moduleId, string name)
        : base($"The module '{moduleId}' ships no template named '{name}'.")
    {
        ModuleId = moduleId;
        TemplateName = name;
    }

    /// <summary>The calling module.</summary>
    public string ModuleId { get; }

    /// <summary>The name that was asked for.</summary>
    public string TemplateName { get; }
}
