using ModularCrm.Templating.Syntax;

namespace ModularCrm.Templating.Runtime;

/// <summary>
/// Writes a builtin's result straight into the render output (numbers and dates formatted into a buffer instead of
/// a new string). Returns false, having written nothing, when it cannot handle the arguments: the caller then
/// evaluates the builtin normally and writes its value.
/// </summary>
internal delegate bool BuiltinWriter(TemplateContext context, BuiltinArgs args, Node statement);
