import CLibXML2

/// A parsed HTML or XML document (libxml2), walked without recursion so deep nesting cannot overflow the stack.
final class HTMLDocument {
    typealias Node = xmlNodePtr

    private let document: xmlDocPtr

    /// Initialises libxml2 once, before documents are parsed on several threads at a time.
    static func prepareForThreads() { _ = parserInitialised }

    private static let parserInitialised: Bool = {
        xmlInitParser()
        return true
    }()

    /// Parses `text` as HTML with libxml2's error-recovering HTML parser; nil only when it yields no document.
    init?(html text: String) {
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue)
        let parsed: xmlDocPtr? = text.withCString { pointer in
            htmlReadMemory(pointer, Int32(clamping: strlen(pointer)), nil, "UTF-8", options)
        }
        guard let parsed else { return nil }
        document = parsed
    }

    /// Parses `text` as XML without network access, DTD loading or entity substitution.
    init?(xml text: String) {
        let options = Int32(XML_PARSE_RECOVER.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
            | XML_PARSE_NONET.rawValue | XML_PARSE_NOCDATA.rawValue | XML_PARSE_COMPACT.rawValue)
        let parsed: xmlDocPtr? = text.withCString { pointer in
            xmlReadMemory(pointer, Int32(clamping: strlen(pointer)), nil, "UTF-8", options)
        }
        guard let parsed else { return nil }
        document = parsed
    }

    deinit { xmlFreeDoc(document) }

    /// The root element.
    var root: Node? { xmlDocGetRootElement(document) }

    /// The element's local name in lower case ("" for non-elements).
    static func name(_ node: Node) -> String {
        guard node.pointee.type == XML_ELEMENT_NODE, let name = node.pointee.name else { return "" }
        return String(cString: name).lowercased()
    }

    /// The element's namespace prefix, if any ("content" in `content:encoded`).
    static func prefix(_ node: Node) -> String? {
        guard let namespace = node.pointee.ns, let prefix = namespace.pointee.prefix else { return nil }
        return String(cString: prefix).lowercased()
    }

    static func isElement(_ node: Node) -> Bool { node.pointee.type == XML_ELEMENT_NODE }

    /// The text of a text or CDATA node (nil for other nodes).
    static func ownText(_ node: Node) -> String? {
        let type = node.pointee.type
        guard type == XML_TEXT_NODE || type == XML_CDATA_SECTION_NODE, let content = node.pointee.content else { return nil }
        return String(cString: content)
    }

    /// The value of attribute `name`, if present.
    static func attribute(_ node: Node, _ name: String) -> String? {
        guard let value = xmlGetProp(node, name) else { return nil }
        defer { clibxml2_free(value) }
        return String(cString: value)
    }

    /// The element children of `node` in order.
    static func children(_ node: Node) -> [Node] {
        var result: [Node] = []
        var child = node.pointee.children
        while let current = child {
            if current.pointee.type == XML_ELEMENT_NODE { result.append(current) }
            child = current.pointee.next
        }
        return result
    }

    /// Visits `node` and its descendants in document order; `visit` returns false to skip a subtree.
    static func walk(_ node: Node, _ visit: (Node) -> Bool) {
        var stack: [Node] = [node]
        while let current = stack.popLast() {
            guard visit(current) else { continue }
            var children: [Node] = []
            var child = current.pointee.children
            while let next = child {
                children.append(next)
                child = next.pointee.next
            }
            stack.append(contentsOf: children.reversed())
        }
    }

    /// All text (text and CDATA nodes) under `node`, white space collapsed; entity references are never expanded.
    static func text(_ node: Node) -> String {
        var parts: [String] = []
        walk(node) { current in
            if let text = ownText(current) { parts.append(text) }
            return current.pointee.type != XML_ENTITY_REF_NODE
        }
        return ArticleBuilder.collapse(parts.joined())
    }

    /// Elements under `node` (itself included) for which `matches` holds, in document order.
    static func elements(under node: Node, where matches: (Node) -> Bool) -> [Node] {
        var found: [Node] = []
        walk(node) { current in
            if isElement(current), matches(current) { found.append(current) }
            return true
        }
        return found
    }
}

import Foundation
