package report

// Text is a label in the two report languages.
type Text struct {
	ID string `yaml:"id" json:"id"`
	EN string `yaml:"en" json:"en"`
}

// In returns the text in lang ("en" or "id"; anything else is "id").
func (t Text) In(lang string) string {
	if NormLang(lang) == LangEN && t.EN != "" {
		return t.EN
	}
	if t.ID == "" {
		return t.EN
	}
	return t.ID
}

// Framework is the evaluation framework (SPEC §4): stages, sub-components and
// indicators, loaded from YAML.
type Framework struct {
	Name       string         `yaml:"name" json:"name"`
	Version    string         `yaml:"version" json:"version"`
	Citation   string         `yaml:"citation" json:"citation"`
	Stages     []Stage        `yaml:"stages" json:"stages"`
	Indicators []IndicatorDef `yaml:"indicators" json:"indicators"`
}

// Stage is one stage of the framework.
type Stage struct {
	ID            string         `yaml:"id" json:"id"`
	Label         Text           `yaml:"label" json:"label"`
	Description   Text           `yaml:"description,omitempty" json:"description,omitempty"`
	Subcomponents []Subcomponent `yaml:"subcomponents" json:"subcomponents"`
}

// Subcomponent is one sub-component; its note code is stage.id.
type Subcomponent struct {
	ID          string `yaml:"id" json:"id"`
	Label       Text   `yaml:"label" json:"label"`
	Description Text   `yaml:"description,omitempty" json:"description,omitempty"`
}

// IndicatorDef defines one indicator.
type IndicatorDef struct {
	ID           string `yaml:"id" json:"id"`
	Subcomponent string `yaml:"subcomponent" json:"subcomponent"` // code stage.sub
	Label        Text   `yaml:"label" json:"label"`
	Formula      Text   `yaml:"formula" json:"formula"`
	Unit         string `yaml:"unit" json:"unit"`           // count, ratio, per_week, per_day, days, hours, pp
	Direction    string `yaml:"direction" json:"direction"` // higher | lower | none
}

// Stage returns the stage id of a sub-component code "stage.sub".
func StageOf(code string) string {
	for i := 0; i < len(code); i++ {
		if code[i] == '.' {
			return code[:i]
		}
	}
	return code
}

// Codes returns every sub-component code (stage.sub) in framework order.
func (f *Framework) Codes() []string {
	var out []string
	for _, s := range f.Stages {
		for _, sc := range s.Subcomponents {
			out = append(out, s.ID+"."+sc.ID)
		}
	}
	return out
}

// Indicator returns the definition of id, or nil.
func (f *Framework) Indicator(id string) *IndicatorDef {
	for i := range f.Indicators {
		if f.Indicators[i].ID == id {
			return &f.Indicators[i]
		}
	}
	return nil
}
